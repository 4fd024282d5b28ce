package test;

@kotlin.Metadata(mv = {2, 4, 0}, k = 1, xi = 48, d1 = {"\u0000\u0016\n\u0002\u0018\u0002\n\u0002\u0018\u0002\n\u0000\n\u0002\u0010\b\n\u0002\b\u0003\n\u0002\u0018\u0002\bg\u0018\u00002\u00020\u0001R\u0013\u0010\u0002\u001a\u00020\u0003X\u00a6\u0084\b\u00a2\u0006\u0006\u001a\u0004\b\u0004\u0010\u0005\u00ca\u0001\u0002\b\u0007\u00a8\u0006\u0006\u00c0\u0006\u0003"}, d2 = {"Ltest/Sized;", "Lio/structseq/StructSequence;", "size", "", "getSize", "()I", "kapt-demo", "Lio/structseq/StructSeq;"})
@io.structseq.StructSeq()
public abstract interface Sized extends io.structseq.StructSequence {
    
    @java.lang.Override()
    public default int size() {
        return 0;
    }
    
    @java.lang.Override()
    public abstract int getSize();
}