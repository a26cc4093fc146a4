namespace Luoshi.Domain.Access;

/// <summary>A file attached as evidence to a progress report or to a task's year-end account (exactly one of the two);
/// its content is stored apart and read only on demand.</summary>
public sealed class Attachment
{
    /// <summary>Storage key.</summary>
    public int Id { get; set; }

    /// <summary>The progress report the file belongs to, or null for a closing account's file.</summary>
    public int? ReportId { get; set; }

    /// <summary>The year-end account (closing_accounts) the file belongs to, or null for a report's file.</summary>
    public int? ClosingAccountId { get; set; }

    /// <summary>The file's name as uploaded, without any directory.</summary>
    public required string FileName { get; set; }

    /// <summary>The media type as uploaded (application/pdf).</summary>
    public required string ContentType { get; set; }

    /// <summary>The content's length in bytes.</summary>
    public long Size { get; set; }

    /// <summary>SHA-256 of the content (lower-case hex).</summary>
    public required string Sha256 { get; set; }

    /// <summary>Who uploaded it.</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTimeOffset UploadedAt { get; set; }
}
