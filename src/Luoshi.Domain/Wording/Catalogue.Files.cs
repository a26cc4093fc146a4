namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>What any imported file (CSV, workbook) may be refused for, whatever it holds.</summary>
    public static class Files
    {
        /// <summary>The file cannot be opened; <paramref name="reason"/> is the system's own words.</summary>
        public static Words CannotRead(string reason) => new($"无法读取文件：{reason}", $"cannot read the file: {reason}");

        /// <summary>Neither UTF-8 text nor a workbook.</summary>
        public static Words NotUtf8 { get; } = new(
            "应为 UTF-8 编码的文本（在 Excel 或 WPS 中另存为“CSV UTF-8”）或 .xlsx 工作簿",
            "expected UTF-8 text (save as “CSV UTF-8” in Excel or WPS) or an .xlsx workbook");

        /// <summary>An empty file that needs a header.</summary>
        public static Words EmptyNeedsHeader(IEnumerable<string> columns) => new(
            $"文件是空的；应有标题行：{string.Join(',', columns)}", $"the file is empty; expected a header line: {string.Join(',', columns)}");

        /// <summary>A header without some required columns.</summary>
        public static Words HeaderLacks(IEnumerable<string> missing, IEnumerable<string> columns)
        {
            var lacking = missing.ToList();
            var all = string.Join(',', columns);
            return new($"标题行缺少 {string.Join("、", lacking)}；应有这些列：{all}", $"the header lacks {string.Join(", ", lacking)}; expected the columns {all}");
        }

        /// <summary>A row with a different number of cells than the header.</summary>
        public static Words ColumnCount(int expected, int found) => new(
            $"应有 {expected} 列（与标题行一致），实际为 {found} 列", $"expected {expected} columns, found {found}");

        /// <summary>More problems than are listed.</summary>
        public static Words MoreNotListed(long more) => new(
            $"……另有 {more} 处错误未列出；未存储任何内容", $"… and {more} more error(s) not listed; nothing was stored");

        /// <summary>After the problems of a refused file.</summary>
        public static Words NothingStored(string path) => new($"未从 {path} 存储任何内容", $"nothing was stored from {path}");

        /// <summary>A workbook without sheets.</summary>
        public static Words NoSheet { get; } = new("工作簿中应至少有一个工作表", "expected a workbook with at least one sheet");

        /// <summary>A file that is no workbook; <paramref name="reason"/> is the reader's own words.</summary>
        public static Words NotWorkbook(string reason) => new($"应为 Excel 工作簿（.xlsx）：{reason}", $"expected an Excel workbook (.xlsx): {reason}");

        /// <summary>An empty sheet that needs a header row.</summary>
        public static Words EmptySheet(string sheet, IEnumerable<string> columns) => new(
            $"工作表 {sheet} 是空的；应有标题行：{string.Join(',', columns)}", $"sheet {sheet} is empty; expected a header row: {string.Join(',', columns)}");

        /// <summary>A value expected, nothing found.</summary>
        public static Words Expected(Words what) => new($"应填写{what.Zh}", $"expected {what.En}");

        /// <summary>Something expected, something else found.</summary>
        public static Words ExpectedFound(Words what, string found) => new($"应为{what.Zh}，实际为“{found}”", $"expected {what.En}, found '{found}'");

        /// <summary>Something expected, a number out of range found.</summary>
        public static Words ExpectedFound(Words what, decimal found) => new(
            $"应为{what.Zh}，实际为 {found.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            $"expected {what.En}, found {found.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        /// <summary>A number.</summary>
        public static Words ANumber { get; } = new("数字", "a number");

        /// <summary>A whole number of at least 0.</summary>
        public static Words ACount { get; } = new("不小于 0 的整数", "a whole number of at least 0");

        /// <summary>A code used on an earlier line.</summary>
        public static Words CodeUsed(string code, int line) => new(
            $"代码“{code}”已在第 {line} 行使用", $"the code '{code}' is already used on line {line}");

        /// <summary>A name used on an earlier line.</summary>
        public static Words NameUsed(string name, int line) => new(
            $"名称“{name}”已在第 {line} 行使用", $"the name '{name}' is already used on line {line}");

        /// <summary>A name the ledger gives another unit.</summary>
        public static Words NameOfOtherUnit(string name, string code) => new(
            $"名称“{name}”在账本中属于单位 {code}", $"the name '{name}' belongs to unit {code} in the ledger");

        /// <summary>A yes/no cell.</summary>
        public static Words YesNo { get; } = new("是或否（是/否、有/无、1/0）", "yes or no (是/否, 有/无, 1/0)");

        /// <summary>A date cell.</summary>
        public static Words ADate { get; } = new("日期，如 2022-06-30", "a date such as 2022-06-30");
    }
}
