namespace Luoshi.InputLimits;

/// <summary>The largest input Luoshi reads, in one place (docs/operations.md, Input limits). Work reports, report
/// templates and registers are far smaller; the numbers bound the memory a hostile or broken file can cost.</summary>
public static class FileLimits
{
    /// <summary>The largest file read whole into memory: a report (.txt or .docx), a workbook (.xlsx), a register.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>The longest report text, as a .txt file or as the text of a .docx alike (UTF-8 bytes): a whole county's
    /// work report is a few hundred kilobytes, and parsing costs about 35 times the text in memory.</summary>
    public const long MaxTextBytes = 8L * 1024 * 1024;

    /// <summary>The most a package (.xlsx, .docx) may hold once unpacked, all its entries together.</summary>
    public const long MaxExpandedBytes = 64L * 1024 * 1024;

    /// <summary>The most entries (parts) a package may have.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>The most XML elements a package may hold in all its parts: readers build them in memory, and a million
    /// empty paragraphs (<c>&lt;w:p/&gt;</c>) are only 6 MB of XML.</summary>
    public const int MaxXmlElements = 1_000_000;
}
