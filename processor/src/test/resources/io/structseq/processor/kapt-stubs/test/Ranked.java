package test;

@kotlin.Metadata(mv = {2, 4, 0}, k = 1, xi = 48, d1 = {"\u0000\"\n\u0002\u0018\u0002\n\u0002\u0018\u0002\n\u0002\u0010\u000f\n\u0000\n\u0002\u0010\b\n\u0002\b\u0003\n\u0002\u0010\u000e\n\u0002\b\u0003\n\u0002\u0018\u0002\bg\u0018\u00002\u00020\u00012\b\u0012\u0004\u0012\u00020\u00000\u0002R\u0012\u0010\u0003\u001a\u00020\u0004X\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\u0005\u0010\u0006R\u0014\u0010\u0007\u001a\u0004\u0018\u00010\bX\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\t\u0010\n\u00ca\u0001\u0002\b\f\u00a8\u0006\u000b\u00c0\u0006\u0003"}, d2 = {"Ltest/Ranked;", "Lio/structseq/StructSequence;", "", "rank", "", "getRank", "()I", "title", "", "getTitle", "()Ljava/lang/String;", "kapt-demo", "Lio/structseq/StructSeq;"})
@io.structseq.StructSeq()
public abstract interface Ranked extends io.structseq.StructSequence, java.lang.Comparable<test.Ranked> {
    
    public abstract int getRank();
    
    @org.jetbrains.annotations.Nullable()
    public abstract java.lang.String getTitle();
}