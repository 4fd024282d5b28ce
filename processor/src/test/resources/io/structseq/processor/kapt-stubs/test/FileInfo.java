package test;

/**
 * An open file.
 */
@kotlin.Metadata(mv = {2, 4, 0}, k = 1, xi = 48, d1 = {"\u0000@\n\u0002\u0018\u0002\n\u0002\u0018\u0002\n\u0000\n\u0002\u0010\t\n\u0002\b\u0003\n\u0002\u0010\u000b\n\u0002\b\u0002\n\u0002\u0010\u000e\n\u0002\b\u0006\n\u0002\u0018\u0002\n\u0002\b\u0004\n\u0002\u0018\u0002\n\u0002\b\u0003\n\u0002\u0010\b\n\u0000\n\u0002\u0018\u0002\n\u0002\b\u0002\bg\u0018\u00002\u00020\u0001J\b\u0010\u0019\u001a\u00020\u001aH&R\u0012\u0010\u0002\u001a\u00020\u0003X\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\u0004\u0010\u0005R\u0012\u0010\u0006\u001a\u00020\u0007X\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\u0006\u0010\bR\u0014\u0010\t\u001a\u0004\u0018\u00010\nX\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\u000b\u0010\fR\u0012\u0010\r\u001a\u00020\nX\u00a6\u0004\u00a2\u0006\u0006\u001a\u0004\b\u000e\u0010\fR\"\u0010\u000f\u001a\u00020\u00038\'X\u00a6\u0004z\f\b\u0011\u0012\b\b\u0012\u0012\u0004\b\b(\u0013\u00a2\u0006\u0006\u001a\u0004\b\u0010\u0010\u0005R\u0018\u0010\u0014\u001a\u00020\u00038\'X\u00a6\u0004z\u0002\b\u0016\u00a2\u0006\u0006\u001a\u0004\b\u0015\u0010\u0005R\u0014\u0010\u0017\u001a\u00020\u00038VX\u0096\u0004\u00a2\u0006\u0006\u001a\u0004\b\u0018\u0010\u0005\u00ca\u0001\f\b\u001c\u0012\b\b\u001d\u0012\u0004\b\b(\u001e\u00a8\u0006\u001b\u00c0\u0006\u0003"}, d2 = {"Ltest/FileInfo;", "Lio/structseq/StructSequence;", "size_bytes", "", "getSize_bytes", "()J", "isOpen", "", "()Z", "owner", "", "getOwner", "()Ljava/lang/String;", "path", "getPath", "mtime_sec", "getMtime_sec", "Lio/structseq/Unnamed;", "label", "st_mtime", "mtime_ns", "getMtime_ns", "Lio/structseq/Hidden;", "doubled", "getDoubled", "mode", "", "kapt-demo", "Lio/structseq/StructSeq;", "name", "test.file"})
@io.structseq.StructSeq(name = "test.file")
public abstract interface FileInfo extends io.structseq.StructSequence {
    
    /**
     * size in bytes
     */
    public abstract long getSize_bytes();
    
    /**
     * whether it is open
     */
    public abstract boolean isOpen();
    
    /**
     * the owner, if known
     */
    @org.jetbrains.annotations.Nullable()
    public abstract java.lang.String getOwner();
    
    /**
     * the path
     */
    @org.jetbrains.annotations.NotNull()
    public abstract java.lang.String getPath();
    
    @io.structseq.Unnamed(label = "st_mtime")
    public abstract long getMtime_sec();
    
    @io.structseq.Hidden()
    public abstract long getMtime_ns();
    
    public default long getDoubled() {
        return 0L;
    }
    
    /**
     * a function
     */
    public abstract int mode();
    
    /**
     * An open file.
     */
    @kotlin.Metadata(mv = {2, 4, 0}, k = 3, xi = 816)
    public static final class DefaultImpls {
        
        @java.lang.Deprecated()
        public static long getDoubled(@org.jetbrains.annotations.NotNull()
        test.FileInfo $this) {
            return 0L;
        }
    }
}