using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Attachments;

/// <summary>The one home of which files a report or a year-end account may carry as evidence: office documents, PDF,
/// images and OFD, recognised by their first bytes as well as their name, so a page renamed to .pdf is refused; the
/// size limit a caller applies (<see cref="DefaultMaxBytes"/> unless configured) and the store's own bounds (name
/// length, media type, <see cref="StoreMaxBytes"/>). The content type is ours, never the browser's, and files are
/// served back only as downloads. The web pages, the API and <c>luoshi closing evidence add</c> check a file here
/// before the ledger stores it; the ledger checks <see cref="StoreRefusal"/> whoever calls it.</summary>
public static class AttachmentRules
{
    /// <summary>The largest file the web and the command line accept unless configured otherwise: 10 MB.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>The largest file the store keeps, whatever the caller's limit: 25 MB; bigger evidence belongs in the
    /// document system, referenced by number.</summary>
    public const int StoreMaxBytes = 25 * 1024 * 1024;

    /// <summary>The longest file name the store keeps.</summary>
    public const int MaxNameLength = 255;

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

    /// <summary>Whole megabytes of <paramref name="maxBytes"/>, as the refusals and hints name the limit.</summary>
    public static long Megabytes(long maxBytes) => maxBytes / (1024 * 1024);

    /// <summary>The content type to store for a file, or the reason it is refused: empty, over
    /// <paramref name="maxBytes"/>, content other than its extension says, or a kind not accepted.</summary>
    public static (string? ContentType, Words? Error) Check(string fileName, ReadOnlySpan<byte> content, long maxBytes)
    {
        var name = Path.GetFileName(fileName ?? "");
        if (content.Length == 0)
        {
            return (null, Catalogue.Forms.EmptyFile(name));
        }

        if (content.Length > maxBytes)
        {
            return (null, TooLarge(name, maxBytes));
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

    /// <summary>The words for a file over <paramref name="maxBytes"/>, for a caller that refuses it by its length before
    /// reading it.</summary>
    public static Words TooLarge(string fileName, long maxBytes) => Catalogue.Forms.FileTooLarge(Path.GetFileName(fileName ?? ""), Megabytes(maxBytes));

    /// <summary>A file name safe for storage and for the download header: no path, no control characters, at most 120 characters.</summary>
    public static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName ?? "").Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        return name.Length == 0 ? "attachment" : name.Length > 120 ? name[^120..] : name;
    }

    /// <summary>The name as the store keeps it: no directory (either slash), trimmed.</summary>
    public static string StoredName(string? fileName) => Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();

    /// <summary>Why the store refuses a file whatever owns it and whoever sends it: its name (as
    /// <see cref="StoredName"/> gives it), media type, emptiness or size over <see cref="StoreMaxBytes"/>; null when it
    /// keeps it.</summary>
    public static Problem? StoreRefusal(string name, string? contentType, byte[]? content)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            return new Problem(Catalogue.Attachments.FileName(MaxNameLength), Place.OfField("file"));
        }

        if (string.IsNullOrWhiteSpace(contentType))
        {
            return new Problem(Catalogue.Attachments.MediaType, Place.OfField("content type"));
        }

        return content is null || content.Length == 0 ? new Problem(Catalogue.Attachments.Empty, Place.OfField("file"))
            : content.Length > StoreMaxBytes ? new Problem(Catalogue.Attachments.TooLarge(content.Length, StoreMaxBytes), Place.OfField("file"), ProblemKind.TooLarge)
            : null;
    }
}
