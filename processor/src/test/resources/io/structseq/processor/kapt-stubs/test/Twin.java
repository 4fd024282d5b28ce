package test;

@kotlin.Metadata(mv = {2, 4, 0}, k = 1, xi = 48, d1 = {"\u0000\u0014\n\u0002\u0018\u0002\n\u0002\b\u0002\n\u0002\u0018\u0002\n\u0002\b\u0006\n\u0002\u0018\u0002\bg\u0018\u0000*\u0004\b\u0000\u0010\u0001*\u0004\b\u0001\u0010\u00022\u00020\u0003R\u0012\u0010\u0004\u001a\u00028\u0000X\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\u0005\u0010\u0006R\u0012\u0010\u0007\u001a\u00028\u0001X\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\b\u0010\u0006\u00ca\u0001\u0002\b\n\u00a8\u0006\t\u00c0\u0006\u0003"}, d2 = {"Ltest/Twin;", "A", "B", "Lio/structseq/StructSequence;", "first", "getFirst", "()Ljava/lang/Object;", "second", "getSecond", "kapt-demo", "Lio/structseq/StructSeq;"})
@io.structseq.StructSeq()
public abstract interface Twin<A extends java.lang.Object, B extends java.lang.Object> extends io.structseq.StructSequence {
    
    public abstract A getFirst();
    
    public abstract B getSecond();
}