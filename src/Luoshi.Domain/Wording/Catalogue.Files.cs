using System.Globalization;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>What is wrong with a file as a whole or with a row's shape: the words of file intake (Luoshi.Intake).</summary>
    public static class Files
    {
        /// <summary>A file that cannot be opened.</summary>
        public static Words CannotRead(string reason) => new($"无法读取文件：{reason}", $"cannot read the file: {reason}");

        /// <summary>A file in no encoding the policy reads, or no text at all.</summary>
        public static Words NotText { get; } = new(
            "应为 CSV 文本文件（UTF-8 或 GB18030 编码，即 Excel、WPS 保存的格式）或 .xlsx 工作簿",
            "expected a CSV text file (UTF-8 or GB18030, as Excel and WPS save it) or an .xlsx workbook");

        /// <summary>A text file whose later bytes are not in the encoding its start showed.</summary>
        public static Words NotTextAfter(int line) => new(
            $"文件第 {Int(line)} 行之后不是 UTF-8 文本，请另存为“CSV UTF-8”后再导入",
            $"the file stops being UTF-8 text after line {Int(line)}; save it again as “CSV UTF-8”");

        /// <summary>A file without even a header line.</summary>
        public static Words Empty(IEnumerable<string> columns)
        {
            var list = string.Join(',', columns);
            return new($"文件为空，应有表头行：{list}", $"the file is empty; expected a header line: {list}");
        }

        /// <summary>A sheet without any row.</summary>
        public static Words EmptySheet(string sheet, IEnumerable<string> columns)
        {
            var list = string.Join(',', columns);
            return new($"工作表 {sheet} 为空，应有表头行：{list}", $"sheet {sheet} is empty; expected a header row: {list}");
        }

        /// <summary>A header without the required columns.</summary>
        public static Words HeaderLacks(IEnumerable<string> missing, IEnumerable<string> columns)
        {
            var (lacking, all) = (string.Join(", ", missing), string.Join(',', columns));
            return new($"表头缺少 {lacking}；应有列：{all}", $"the header lacks {lacking}; expected the columns {all}");
        }

        /// <summary>A row with more or fewer cells than the header.</summary>
        public static Words Width(int expected, int found) => new(
            $"应有 {Int(expected)} 列（与表头相同），实际 {Int(found)} 列", $"expected {Int(expected)} columns, found {Int(found)}");

        /// <summary>A workbook without sheets.</summary>
        public static Words NoSheet { get; } = new("工作簿中应至少有一个工作表", "expected a workbook with at least one sheet");

        /// <summary>A workbook without the sheet a template has.</summary>
        public static Words MissingSheet(string sheet) => new($"应有名为“{sheet}”的工作表（与模板相同）", $"expected a sheet named {sheet}, as the template has it");

        /// <summary>A zip that is no workbook, or a workbook the SDK cannot read.</summary>
        public static Words NotWorkbook(string reason) => new($"应为 Excel 工作簿（.xlsx）：{reason}", $"expected an Excel workbook (.xlsx): {reason}");

        /// <summary>A file with a header and nothing below it.</summary>
        public static Words NoRows(Words what) => new($"表头下方应至少有一行{what.Zh}", $"expected at least one {what.En} below the header");

        /// <summary>The last line of a long list of problems.</summary>
        public static Words More(long count) => new(
            $"……另有 {Int(count)} 处错误未列出；未保存任何内容", $"… and {Int(count)} more error(s) not listed; nothing was stored");

        /// <summary>More problems than are listed.</summary>
        public static Words MoreNotListed(long more) => new(
            $"……另有 {more} 处错误未列出；未存储任何内容", $"… and {more} more error(s) not listed; nothing was stored");

        /// <summary>A file named on the command line that is not there.</summary>
        public static Words NoSuchFile { get; } = new("文件不存在", "no such file");

        /// <summary>After the problems of a refused file.</summary>
        public static Words NothingStored(string path) => new($"未从 {path} 存储任何内容", $"nothing was stored from {path}");

        /// <summary>Something expected and missing.</summary>
        public static Words Expected(Words what) => new($"应填写{what.Zh}", $"expected {what.En}");

        /// <summary>A yes/no cell.</summary>
        public static Words YesNo { get; } = new("是或否（是/否、有/无、1/0）", "yes or no (是/否, 有/无, 1/0)");

        /// <summary>Something expected, something else found.</summary>
        public static Words ExpectedFound(Words what, string found) => new($"应为{what.Zh}，实际为“{found}”", $"expected {what.En}, found '{found}'");

        /// <summary>Something expected, a number out of range found.</summary>
        public static Words ExpectedFound(Words what, decimal found) => new(
            $"应为{what.Zh}，实际为 {found.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            $"expected {what.En}, found {found.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
