using System.Globalization;

namespace Luoshi.InputLimits;

/// <summary>Why a file was not read, in Chinese and English, with the place inside it (an entry of a package, a line
/// and column of its XML) when there is one.</summary>
/// <param name="Chinese">The reason in Simplified Chinese.</param>
/// <param name="English">The same in English.</param>
public sealed record InputRefusal(string Chinese, string English)
{
    /// <summary>True when the file is no package at all (a damaged or foreign file) rather than one over a limit: a
    /// reader may word that in its own terms (not a readable .docx).</summary>
    public bool NotAPackage { get; private init; }

    /// <summary>Both languages in one line, Chinese first: readers pass it on inside their own located errors.</summary>
    public override string ToString() => $"{Chinese}（{English}）";

    internal static string Size(long bytes) => bytes >= 1024L * 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.#} GiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB");

    internal static InputRefusal TooLarge(long bytes) => new(
        $"文件过大：{Size(bytes)}，上限 {Size(FileLimits.MaxFileBytes)}，未读取",
        $"file too large: {Size(bytes)}, the limit is {Size(FileLimits.MaxFileBytes)}; not read");

    /// <summary>A stream that gave more than <see cref="FileLimits.MaxFileBytes"/> before it ended (a pipe, a device).</summary>
    public static InputRefusal LongerThanLimit { get; } = new(
        $"文件过大：超过上限 {Size(FileLimits.MaxFileBytes)}，未读取",
        $"file too large: more than the limit of {Size(FileLimits.MaxFileBytes)}; not read");

    internal static InputRefusal TooLongText(long bytes) => new(
        $"报告正文过长：{Size(bytes)}，上限 {Size(FileLimits.MaxTextBytes)}，未读取",
        $"report text too long: {Size(bytes)}, the limit is {Size(FileLimits.MaxTextBytes)}; not read");

    internal static InputRefusal TooManyEntries(long entries) => new(
        string.Create(CultureInfo.InvariantCulture, $"压缩包内有 {entries} 个条目，上限 {FileLimits.MaxEntries} 个，未读取"),
        string.Create(CultureInfo.InvariantCulture, $"the package holds {entries} entries, the limit is {FileLimits.MaxEntries}; not read"));

    internal static InputRefusal Expands(long bytes) => new(
        $"压缩包解压后至少 {Size(bytes)}，上限 {Size(FileLimits.MaxExpandedBytes)}（疑似压缩炸弹），未读取",
        $"the package unpacks to at least {Size(bytes)}, the limit is {Size(FileLimits.MaxExpandedBytes)} (a zip bomb?); not read");

    internal static InputRefusal TooManyElements(string entry) => new(
        string.Create(CultureInfo.InvariantCulture, $"{entry}：XML 元素超过 {FileLimits.MaxXmlElements} 个上限，未读取"),
        string.Create(CultureInfo.InvariantCulture, $"{entry}: more than {FileLimits.MaxXmlElements} XML elements, the limit; not read"));

    internal static InputRefusal Dtd(string entry, int line, int column) => new(
        string.Create(CultureInfo.InvariantCulture, $"{entry} 第 {line} 行第 {column} 列：含有文档类型定义（DTD），不予读取"),
        string.Create(CultureInfo.InvariantCulture, $"{entry}, line {line}, column {column}: holds a document type definition (DTD), which is refused"));

    internal static InputRefusal BadXml(string entry, int line, int column) => new(
        string.Create(CultureInfo.InvariantCulture, $"{entry} 第 {line} 行第 {column} 列：XML 格式错误，文件已损坏"),
        string.Create(CultureInfo.InvariantCulture, $"{entry}, line {line}, column {column}: malformed XML, the file is damaged"));

    internal static InputRefusal Damaged() => new(
        "不是有效的 Office 文件（.xlsx / .docx 是 zip 压缩包），文件已损坏",
        "not a valid Office file (an .xlsx or .docx is a zip package); the file is damaged") { NotAPackage = true };
}
