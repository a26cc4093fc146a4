using System.Globalization;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Why a file was not read: over the input limits (docs/operations.md, Input limits), or no package at all.</summary>
    public static class Input
    {
        /// <summary>A file longer than may be read whole.</summary>
        public static Words TooLarge(long bytes, long limit) => new(
            $"文件过大：{Size(bytes)}，上限 {Size(limit)}，未读取",
            $"file too large: {Size(bytes)}, the limit is {Size(limit)}; not read");

        /// <summary>A stream (a pipe, a device) that gave more than the limit before it ended.</summary>
        public static Words LongerThan(long limit) => new(
            $"文件过大：超过上限 {Size(limit)}，未读取",
            $"file too large: more than the limit of {Size(limit)}; not read");

        /// <summary>A report text (.txt, or the text of a .docx) longer than may be parsed.</summary>
        public static Words TooLongText(long bytes, long limit) => new(
            $"报告正文过长：{Size(bytes)}，上限 {Size(limit)}，未读取",
            $"report text too long: {Size(bytes)}, the limit is {Size(limit)}; not read");

        /// <summary>A package of more entries than allowed.</summary>
        public static Words TooManyEntries(long entries, int limit) => new(
            string.Create(CultureInfo.InvariantCulture, $"压缩包内有 {entries} 个条目，上限 {limit} 个，未读取"),
            string.Create(CultureInfo.InvariantCulture, $"the package holds {entries} entries, the limit is {limit}; not read"));

        /// <summary>A package that unpacks to more than allowed.</summary>
        public static Words Expands(long bytes, long limit) => new(
            $"压缩包解压后至少 {Size(bytes)}，上限 {Size(limit)}（疑似压缩炸弹），未读取",
            $"the package unpacks to at least {Size(bytes)}, the limit is {Size(limit)} (a zip bomb?); not read");

        /// <summary>A package whose XML holds more elements than allowed.</summary>
        public static Words TooManyElements(int limit) => new(
            string.Create(CultureInfo.InvariantCulture, $"XML 元素超过 {limit} 个上限，未读取"),
            string.Create(CultureInfo.InvariantCulture, $"more than {limit} XML elements, the limit; not read"));

        /// <summary>XML with a document type definition.</summary>
        public static Words Dtd { get; } = new("含有文档类型定义（DTD），不予读取", "holds a document type definition (DTD), which is refused");

        /// <summary>XML that is not well formed.</summary>
        public static Words BadXml { get; } = new("XML 格式错误，文件已损坏", "malformed XML, the file is damaged");

        /// <summary>A file that is no zip package at all.</summary>
        public static Words Damaged { get; } = new(
            "不是有效的 Office 文件（.xlsx / .docx 是 zip 压缩包），文件已损坏",
            "not a valid Office file (an .xlsx or .docx is a zip package); the file is damaged");

        /// <summary>1.5 MiB, 2 GiB.</summary>
        public static string Size(long bytes) => bytes >= 1024L * 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.#} GiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB");
    }
}
