using Luoshi.Domain.Attachments;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Tests.Attachments;

/// <summary>The evidence file rule, one home for the web and the command line: a file's first bytes must match its
/// extension, only PDF/PNG/JPG/DOCX/XLSX/OFD, within the caller's limit; the store's own bounds. Words worked by hand.</summary>
public sealed class AttachmentRulesTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n%âãÏÓ\n"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00];

    [Theory]
    [InlineData("年度总结.pdf", "pdf", "application/pdf")]
    [InlineData("现场照片.JPG", "jpeg", "image/jpeg")]
    [InlineData("现场照片.jpeg", "jpeg", "image/jpeg")]
    [InlineData("台账.xlsx", "zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("报告.docx", "zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("发票.ofd", "zip", "application/ofd")]
    public void Accepted_ContentTypeIsOursByTheExtension(string name, string content, string type)
    {
        var (found, error) = AttachmentRules.Check(name, Bytes(content), AttachmentRules.DefaultMaxBytes);
        Assert.Null(error);
        Assert.Equal(type, found);
    }

    [Fact]
    public void PngNeedsAllEightBytesOfItsSignature()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00];
        Assert.Equal("image/png", AttachmentRules.Check("图.png", png, 100).ContentType);
        Assert.Equal(new Words("图.png：文件内容与扩展名 .png 不符。", "图.png: the content is not a .png file."),
            AttachmentRules.Check("图.png", png.AsSpan(0, 7), 100).Error);
    }

    [Theory]
    // A web page renamed to .pdf; a workbook (a zip) renamed to .jpg.
    [InlineData("页面.pdf", "html", "页面.pdf：文件内容与扩展名 .pdf 不符。", "页面.pdf: the content is not a .pdf file.")]
    [InlineData("表.jpg", "zip", "表.jpg：文件内容与扩展名 .jpg 不符。", "表.jpg: the content is not a .jpg file.")]
    [InlineData("程序.exe", "pdf", "程序.exe：只接受 PDF, PNG, JPG, DOCX, XLSX, OFD 文件。", "程序.exe: only PDF, PNG, JPG, DOCX, XLSX, OFD files are accepted.")]
    [InlineData("没有扩展名", "pdf", "没有扩展名：只接受 PDF, PNG, JPG, DOCX, XLSX, OFD 文件。", "没有扩展名: only PDF, PNG, JPG, DOCX, XLSX, OFD files are accepted.")]
    [InlineData("dir/空.pdf", "empty", "空.pdf：文件是空的。", "空.pdf: the file is empty.")]
    public void Refused_NamesTheFileAndWhy(string name, string content, string zh, string en)
    {
        var (type, error) = AttachmentRules.Check(name, Bytes(content), AttachmentRules.DefaultMaxBytes);
        Assert.Null(type);
        Assert.Equal(new Words(zh, en), error);
    }

    [Fact]
    public void SizeLimit_ExactlyTheLimitIsAccepted_OneByteMoreIsNot()
    {
        // 2 MB = 2,097,152 bytes.
        var limit = 2L * 1024 * 1024;
        var atLimit = new byte[limit];
        Pdf.CopyTo(atLimit, 0);
        Assert.Equal("application/pdf", AttachmentRules.Check("大.pdf", atLimit, limit).ContentType);

        var over = new byte[limit + 1];
        Pdf.CopyTo(over, 0);
        Assert.Equal(new Words("大.pdf：文件超过 2 MB。", "大.pdf: the file is larger than 2 MB."), AttachmentRules.Check("大.pdf", over, limit).Error);
        Assert.Equal(new Words("大.pdf：文件超过 10 MB。", "大.pdf: the file is larger than 10 MB."), AttachmentRules.TooLarge("/tmp/大.pdf", AttachmentRules.DefaultMaxBytes));
    }

    [Fact]
    public void KindsLimitsAndAccept()
    {
        Assert.Equal(10_485_760, AttachmentRules.DefaultMaxBytes);
        Assert.Equal(26_214_400, AttachmentRules.StoreMaxBytes);
        Assert.Equal(10, AttachmentRules.Megabytes(AttachmentRules.DefaultMaxBytes));
        Assert.Equal(2, AttachmentRules.Megabytes((3 * 1024 * 1024) - 1));
        Assert.Equal(".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.ofd", AttachmentRules.Accept);
        Assert.Equal("PDF, PNG, JPG, DOCX, XLSX, OFD", AttachmentRules.Kinds);
    }

    [Theory]
    [InlineData("/tmp/证明\".pdf", "证明.pdf")]
    [InlineData("a\u0007b.pdf", "ab.pdf")]
    [InlineData("  ", "attachment")]
    [InlineData("", "attachment")]
    public void SafeName_NoPathQuotesOrControls(string name, string safe) => Assert.Equal(safe, AttachmentRules.SafeName(name));

    [Fact]
    public void SafeName_KeepsTheLast120Characters()
    {
        var name = new string('甲', 130) + ".pdf"; // 134 characters: the last 120 are 116 甲 and ".pdf".
        Assert.Equal(new string('甲', 116) + ".pdf", AttachmentRules.SafeName(name));
    }

    [Theory]
    [InlineData(@"C:\材料\2022\验收.pdf ", "验收.pdf")]
    [InlineData("a/b/报告.docx", "报告.docx")]
    [InlineData(null, "")]
    public void StoredName_NoDirectoryEitherSlash(string? name, string stored) => Assert.Equal(stored, AttachmentRules.StoredName(name));

    [Fact]
    public void StoreRefusal_NameMediaTypeEmptyAndTheStoreLimit()
    {
        Assert.Null(AttachmentRules.StoreRefusal("a.pdf", "application/pdf", Pdf));
        Assert.Null(AttachmentRules.StoreRefusal(new string('名', 255), "application/pdf", Pdf));

        var longName = AttachmentRules.StoreRefusal(new string('名', 256), "application/pdf", Pdf)!;
        Assert.Equal((new Words("文件名应为 1 至 255 个字符", "expected a file name of 1 to 255 characters"), Place.OfField("file"), ProblemKind.Invalid),
            (longName.Message, longName.Place, longName.Kind));
        Assert.Equal("文件名应为 1 至 255 个字符", AttachmentRules.StoreRefusal("", "application/pdf", Pdf)!.Message.Zh);
        Assert.Equal((new Words("应注明文件类型，如 application/pdf", "expected a media type such as application/pdf"), Place.OfField("content type")),
            (AttachmentRules.StoreRefusal("a.pdf", " ", Pdf)!.Message, AttachmentRules.StoreRefusal("a.pdf", " ", Pdf)!.Place));
        Assert.Equal("文件是空的", AttachmentRules.StoreRefusal("a.pdf", "application/pdf", [])!.Message.Zh);

        // 25 MB + 1 = 26,214,401 bytes.
        var tooLarge = AttachmentRules.StoreRefusal("a.pdf", "application/pdf", new byte[AttachmentRules.StoreMaxBytes + 1])!;
        Assert.Equal((new Words("文件有 26214401 字节，最多接受 26214400 字节", "the file has 26214401 bytes; at most 26214400 are accepted"), ProblemKind.TooLarge),
            (tooLarge.Message, tooLarge.Kind));
    }

    private static byte[] Bytes(string kind) => kind switch
    {
        "pdf" => Pdf,
        "jpeg" => Jpeg,
        "zip" => Zip,
        "html" => "<!DOCTYPE html><html>"u8.ToArray(),
        _ => [],
    };
}
