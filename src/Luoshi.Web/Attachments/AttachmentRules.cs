using Luoshi.Domain.Wording;

namespace Luoshi.Web.Attachments;

/// <summary>Which files a report may carry as evidence: office documents, PDF, images and OFD, recognised by their
/// first bytes as well as their name, so a page renamed to .pdf is refused. The content type is ours, never the
/// browser's, and files are served back only as downloads.</summary>
public static class AttachmentRules
{
    private static readonly (string Extension, string ContentType, byte[] Magic)[] Allowed =
    [
        (".pdf", "application/pdf", "%PDF-"u8.ToArray()),
        (".png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (".jpg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".jpeg", "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04]),
        (".ofd", "application/ofd", [0x50, 0x4B, 0x03, 0x04]),
    ];

    /// <summary>The names of the accepted kinds, for the form's hint.</summary>
    public static string Kinds => "PDF, PNG, JPG, DOCX, XLSX, OFD";

    /// <summary>The accept attribute of the file input.</summary>
    public static string Accept => string.Join(',', Allowed.Select(a => a.Extension).Distinct());

    /// <summary>The content type to store for a file, or the reason it is refused.</summary>
    public static (string? ContentType, Words? Error) Check(string fileName, ReadOnlySpan<byte> content, long maxBytes)
    {
        var name = Path.GetFileName(fileName ?? "");
        if (content.Length == 0)
        {
            return (null, Catalogue.Forms.EmptyFile(name));
        }

        if (content.Length > maxBytes)
        {
            return (null, Catalogue.Forms.FileTooLarge(name, maxBytes / (1024 * 1024)));
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        foreach (var (ext, type, magic) in Allowed)
        {
            if (ext == extension)
            {
                return content.StartsWith(magic)
                    ? (type, null)
                    : (null, Catalogue.Forms.ContentNotExtension(name, ext));
            }
        }

        return (null, Catalogue.Forms.KindNotAccepted(name, Kinds));
    }

    /// <summary>A file name safe for storage and for the download header: no path, no control characters, at most 120 characters.</summary>
    public static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName ?? "").Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        return name.Length == 0 ? "attachment" : name.Length > 120 ? name[^120..] : name;
    }
}
