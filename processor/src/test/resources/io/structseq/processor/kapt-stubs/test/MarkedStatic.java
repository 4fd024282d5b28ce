package test;

@kotlin.Metadata(mv = {2, 4, 0}, k = 1, xi = 48, d1 = {"\u0000$\n\u0002\u0018\u0002\n\u0002\u0018\u0002\n\u0000\n\u0002\u0010\b\n\u0002\b\u0003\n\u0002\u0010\u000e\n\u0002\b\u0004\n\u0002\u0018\u0002\n\u0000\n\u0002\u0018\u0002\bg\u0018\u00002\u00020\u0001R\u0012\u0010\u0002\u001a\u00020\u0003X\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\u0004\u0010\u0005R\u001e\u0010\u0006\u001a\u00020\u00078&X\u00a7\u0004r\u0002\b\f\u00a2\u0006\f\u0012\u0004\b\b\u0010\t\u001a\u0004\b\n\u0010\u000b\u00ca\u0001\u0002\b\u000e\u00f8\u0001\u0000\u0082\u0002\u0006\n\u0004\b!0\u0001\u00a8\u0006\r\u00c0\u0006\u0001"}, d2 = {"Ltest/MarkedStatic;", "Lio/structseq/StructSequence;", "count", "", "getCount", "()I", "note", "", "getNote$annotations", "()V", "getNote", "()Ljava/lang/String;", "Lio/structseq/Hidden;", "kapt-demo", "Lio/structseq/StructSeq;"})
@io.structseq.StructSeq()
public abstract interface MarkedStatic extends io.structseq.StructSequence {
    
    public abstract int getCount();
    
    @org.jetbrains.annotations.NotNull()
    public abstract java.lang.String getNote();
    
    @io.structseq.Hidden()
    @java.lang.Deprecated()
    public static void getNote$annotations() {
    }
}