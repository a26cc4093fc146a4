namespace Luoshi.Storage.Attachments;

/// <summary>The bytes of an attachment, in a table of their own so that listing attachments never reads them.</summary>
internal sealed class AttachmentContent
{
    public int AttachmentId { get; set; }

    public required byte[] Content { get; set; }
}
