namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Requests the web and the API could not read: a body that is no JSON, a value of the wrong type, a query
    /// parameter that is not one of its values, a day or year out of range.</summary>
    public static class Requests
    {
        /// <summary>A public day that is no date.</summary>
        public static Words PublicDayInvalid(string asked, string example) => new(
            $"日期“{asked}”无效：应为 yyyy-MM-dd 格式，如 {example}。", $"The date '{asked}' is not valid: expected yyyy-MM-dd, such as {example}.");

        /// <summary>A public day outside the published range.</summary>
        public static Words PublicDayOutside(string first, string last, string day) => new(
            $"公开数据只能查看 {first} 至 {last} 之间的日期，{day} 不在其中。",
            $"Published figures can be shown as of {first} to {last}; {day} is outside that.");

        /// <summary>A body that is not JSON at all.</summary>
        public static Words NotJson(long? line, long? position) => line is { } l
            ? new($"请求正文不是有效的 JSON（第 {l + 1} 行第 {(position ?? 0) + 1} 个字符附近）", $"the request body is not valid JSON (near line {l + 1}, character {(position ?? 0) + 1})")
            : new("请求正文不是有效的 JSON", "the request body is not valid JSON");

        /// <summary>A JSON value of the wrong type or out of range for its field.</summary>
        public static Words BadValue(string field) => new(
            $"{field} 的值无法读取：类型不对、不是有效的数字或超出范围", $"the value of {field} cannot be read: wrong type, not a valid number or out of range");

        /// <summary>No body where one is needed.</summary>
        public static Words NoBody { get; } = new("缺少请求正文（JSON）", "the request body (JSON) is missing");

        /// <summary>A body that is not JSON by its media type.</summary>
        public static Words NotJsonMedia(string? found) => new(
            $"请求正文应为 JSON（Content-Type: application/json），实际为 {found ?? "无"}", $"expected a JSON body (Content-Type: application/json), found {found ?? "none"}");

        /// <summary>A query or route parameter that is not of its type.</summary>
        public static Words BadParameter(string name, string found) => new($"参数 {name} 的值“{found}”无效", $"the value '{found}' of {name} is not valid");

        /// <summary>A parameter that must be one of a list of names.</summary>
        public static Words NotOneOf(string name, string found, IEnumerable<string> allowed)
        {
            var list = allowed.ToList();
            return new($"参数 {name} 的值“{found}”无效；应为 {string.Join("、", list)} 之一", $"the value '{found}' of {name} is not valid; expected one of {string.Join(", ", list)}");
        }

        /// <summary>A whole number too large or not whole.</summary>
        public static Words NotWholeNumber(string name, string found) => new(
            $"参数 {name} 应为 {int.MinValue} 至 {int.MaxValue} 之间的整数，实际为“{found}”", $"expected {name} to be a whole number from {int.MinValue} to {int.MaxValue}, found '{found}'");

        /// <summary>A required parameter left out.</summary>
        public static Words Missing(string name) => new($"缺少参数 {name}", $"the parameter {name} is missing");

        /// <summary>A day outside the years the ledger keeps.</summary>
        public static Words DayOutOfRange(string name, DateOnly found, DateOnly first, DateOnly last) => new(
            $"{name} 应为 {Day(first)} 至 {Day(last)} 之间的日期，实际为 {Day(found)}", $"expected {name} to be a day from {Day(first)} to {Day(last)}, found {Day(found)}");

        /// <summary>A year outside the years the ledger keeps.</summary>
        public static Words YearOutOfRange(string name, int found, int first, int last) => new(
            $"{name} 应为 {first} 至 {last} 之间的年份，实际为 {found}", $"expected {name} to be a year from {first} to {last}, found {found}");
    }
}
