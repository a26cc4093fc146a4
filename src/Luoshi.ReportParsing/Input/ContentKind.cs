namespace Luoshi.ReportParsing.Input;

/// <summary>What a file holds, told by its first bytes rather than its name, which users get wrong.</summary>
internal enum ContentKind
{
    /// <summary>Anything without a known signature: read as text.</summary>
    Text,

    /// <summary>A zip package (PK\x03\x04): read as .docx.</summary>
    Zip,

    /// <summary>An OLE compound file (D0 CF 11 E0): a Word 97-2003 .doc or a WPS .wps.</summary>
    OleCompound,

    /// <summary>%PDF.</summary>
    Pdf,
}

/// <summary>Reads a <see cref="ContentKind"/> from a file's magic bytes.</summary>
internal static class ContentSignature
{
    public static ContentKind Of(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x50, 0x4B, 0x03, 0x04, ..] => ContentKind.Zip,
        [0xD0, 0xCF, 0x11, 0xE0, ..] => ContentKind.OleCompound,
        [0x25, 0x50, 0x44, 0x46, ..] => ContentKind.Pdf,
        _ => ContentKind.Text,
    };
}
