namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Evidence files attached to reports.</summary>
    public static class Attachments
    {
        /// <summary>A file name missing or too long.</summary>
        public static Words FileName(int max) => new($"文件名应为 1 至 {max} 个字符", $"expected a file name of 1 to {max} characters");

        /// <summary>No media type given.</summary>
        public static Words MediaType { get; } = new("应注明文件类型，如 application/pdf", "expected a media type such as application/pdf");

        /// <summary>An empty file.</summary>
        public static Words Empty { get; } = new("文件是空的", "the file is empty");

        /// <summary>A file over the size limit.</summary>
        public static Words TooLarge(long bytes, long max) => new(
            $"文件有 {bytes} 字节，最多接受 {max} 字节", $"the file has {bytes} bytes; at most {max} are accepted");
    }
}
