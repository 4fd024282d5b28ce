package test;

@kotlin.Metadata(mv = {2, 4, 0}, k = 1, xi = 48, d1 = {"\u0000\u0016\n\u0002\u0018\u0002\n\u0002\u0018\u0002\n\u0000\n\u0002\u0010\b\n\u0002\b\u0006\n\u0002\u0018\u0002\bg\u0018\u00002\u00020\u0001J\b\u0010\u0006\u001a\u00020\u0003H\u0016R\u0012\u0010\u0002\u001a\u00020\u0003X\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\u0004\u0010\u0005R\u0014\u0010\u0007\u001a\u00020\u00038VX\u0096\u0004\u00a2\u0006\u0006\u001a\u0004\b\b\u0010\u0005\u00ca\u0001\u0002\b\n\u00a8\u0006\t"}, d2 = {"Ltest/Bodies;", "Lio/structseq/StructSequence;", "count", "", "getCount", "()I", "twice", "thrice", "getThrice", "kapt-demo", "Lio/structseq/StructSeq;"})
@io.structseq.StructSeq()
public abstract interface Bodies extends io.structseq.StructSequence {
    
    public abstract int getCount();
    
    public abstract int twice();
    
    public abstract int getThrice();
    
    @kotlin.Metadata(mv = {2, 4, 0}, k = 3, xi = 816)
    public static final class DefaultImpls {
        
        public static int twice(@org.jetbrains.annotations.NotNull()
        test.Bodies $this) {
            return 0;
        }
        
        public static int getThrice(@org.jetbrains.annotations.NotNull()
        test.Bodies $this) {
            return 0;
        }
    }
}