package test;

@kotlin.Metadata(mv = {2, 4, 0}, k = 1, xi = 48, d1 = {"\u0000\u001c\n\u0002\u0018\u0002\n\u0002\u0018\u0002\n\u0000\n\u0002\u0010\b\n\u0002\b\u0004\n\u0002\u0018\u0002\n\u0000\n\u0002\u0018\u0002\bg\u0018\u00002\u00020\u0001R\u0012\u0010\u0002\u001a\u00020\u0003X\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\u0004\u0010\u0005R\u0018\u0010\u0006\u001a\u00020\u00038WX\u0096\u0004z\u0002\b\b\u00a2\u0006\u0006\u001a\u0004\b\u0007\u0010\u0005\u00ca\u0001\u0002\b\n\u00a8\u0006\t\u00c0\u0006\u0003"}, d2 = {"Ltest/Derived;", "Lio/structseq/StructSequence;", "count", "", "getCount", "()I", "twice", "getTwice", "Lio/structseq/Hidden;", "kapt-demo", "Lio/structseq/StructSeq;"})
@io.structseq.StructSeq()
public abstract interface Derived extends io.structseq.StructSequence {
    
    public abstract int getCount();
    
    @io.structseq.Hidden()
    public default int getTwice() {
        return 0;
    }
    
    @kotlin.Metadata(mv = {2, 4, 0}, k = 3, xi = 816)
    public static final class DefaultImpls {
        
        @io.structseq.Hidden()
        @java.lang.Deprecated()
        public static int getTwice(@org.jetbrains.annotations.NotNull()
        test.Derived $this) {
            return 0;
        }
    }
}