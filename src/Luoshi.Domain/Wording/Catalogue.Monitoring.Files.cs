namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Air and water data files, and the stations and sections files.</summary>
    public static partial class Monitoring
    {
        /// <summary>A file that is not there.</summary>
        public static Words FileNotFound { get; } = new("找不到文件", "file not found");

        /// <summary>A file in neither accepted encoding.</summary>
        public static Words NotUtf8OrGb { get; } = new(
            "文件既不是 UTF-8 也不是 GB18030（GBK）文本；请另存为“CSV UTF-8”", "the file is neither UTF-8 nor GB18030 (GBK) text; save it as CSV UTF-8");

        /// <summary>A row whose field count differs from the header's.</summary>
        public static Words FieldCount(int expected, int found) => new(
            $"应有 {expected} 个字段（与标题行一致），实际为 {found} 个", $"expected {expected} fields as in the header, found {found}");

        /// <summary>An air file without the columns of a known layout.</summary>
        public static Words AirHeader(IEnumerable<string> hourly, IEnumerable<string> daily, IEnumerable<string> missing)
        {
            var (h, d, m) = (string.Join(',', hourly), string.Join(',', daily), missing.ToList());
            return new(
                $"标题行应包含这些列：{h}（小时数据）、{d}（日数据），或北京多站点数据文件的列；缺少 {string.Join("、", m)}",
                $"expected a header with the columns {h} (hourly), {d} (daily) or those of the Beijing Multi-Site files; missing {string.Join(", ", m)}");
        }

        /// <summary>An air row with a different number of columns.</summary>
        public static Words ColumnCount(int expected, int found) => new(
            $"应有 {expected} 列（与标题行一致），实际为 {found} 列", $"expected {expected} columns as in the header, found {found}");

        /// <summary>An air row without its station.</summary>
        public static Words NoStation { get; } = new("应填写站点名称，实际为空", "expected a station name, found nothing");

        /// <summary>A station outside the list the file is read against.</summary>
        public static Words UnknownStation(Words? list, string found) => new(
            $"应为{list?.Zh ?? "站点名单"}中的站点，实际为“{found}”", $"expected a station of {list?.En ?? "the station list"}, found '{found}'");

        /// <summary>The ledger's stations, as the list a file is read against.</summary>
        public static Words LedgerStations { get; } = new("账本中的站点（luoshi stations list）", "the ledger's stations (luoshi stations list)");

        /// <summary>An hourly time cell that is none.</summary>
        public static Words HourlyTime(string found) => new(
            $"应为整点时间 yyyy-MM-dd HH:mm（或 yyyy-MM-ddTHH:mm），小时为 00–23，实际为“{found}”",
            $"expected a time yyyy-MM-dd HH:mm (or yyyy-MM-ddTHH:mm) on the hour, hours 00–23, found '{found}'");

        /// <summary>A daily date cell that is none.</summary>
        public static Words DailyDate(string found) => new($"应为日期 yyyy-MM-dd，实际为“{found}”", $"expected a date yyyy-MM-dd, found '{found}'");

        /// <summary>Year, month, day and hour columns that make no hour.</summary>
        public static Words DateAndHour(string found) => new(
            $"应为真实的日期和 0–23 时，实际为 {found}", $"expected a real date and an hour 0–23, found {found}");

        /// <summary>A concentration that is no number.</summary>
        public static Words Concentration(string found) => new(
            $"应为浓度值（数字、空或 NA），实际为“{found}”", $"expected a concentration (a number, blank or NA), found '{found}'");

        /// <summary>A negative concentration.</summary>
        public static Words NegativeConcentration(string found) => new(
            $"浓度值应不小于 0，实际为“{found}”", $"expected a concentration of zero or more, found '{found}'");

        /// <summary>Two rows of one station and hour (or day).</summary>
        public static Words SecondRow(bool daily, string station, string when) => new(
            $"每个站点每{(daily ? "天" : "小时")}只应有一行，但 {station} 在 {when} 有第二行",
            $"expected one row per station and {(daily ? "day" : "hour")}, found a second row for {station} at {when}");

        /// <summary>A daily file where hourly rows are needed.</summary>
        public static Words NeedsHourly { get; } = new(
            "应为小时数据（station,time,pm25,pm10,so2,no2,co,o3），以便计算日均值，实际为日数据文件",
            "expected hourly rows (station,time,pm25,pm10,so2,no2,co,o3) to compute daily values from, found a daily file");

        /// <summary>A water column given twice.</summary>
        public static Words ColumnTwice(string column) => new($"{column} 列出现了两次；每列只应出现一次", $"the column {column} appears twice; expected each column once");

        /// <summary>A water column that is no item.</summary>
        public static Words UnknownColumn(string column, IEnumerable<string> items)
        {
            var list = string.Join(", ", items);
            return new($"未知列“{column}”；应为 section、date 或监测项目代码（{list}）", $"unknown column '{column}'; expected section, date or an item code ({list})");
        }

        /// <summary>A samples header without section or date.</summary>
        public static Words SamplesHeaderLacks(IEnumerable<string> missing)
        {
            var list = missing.ToList();
            return new($"标题行缺少 {string.Join("、", list)}；应有 section、date 和监测项目代码", $"the header lacks {string.Join(" and ", list)}; expected section,date and item codes");
        }

        /// <summary>An empty samples file.</summary>
        public static Words EmptySamples { get; } = new(
            "文件是空的；应有标题行：section、date 和监测项目代码", "the file is empty; expected a header line section,date and item codes");

        /// <summary>Two samples of one section on one day.</summary>
        public static Words SecondSample(string section, string day, int line) => new(
            $"每个断面每天只应有一个样品，但 {section} 在 {day} 有第二个（首个在第 {line} 行）",
            $"expected one sample per section and day, found a second for {section} on {day} (first on line {line})");

        /// <summary>A station code.</summary>
        public static Words StationCode { get; } = new("站点代码，与数据文件中的写法一致", "the station's code, as the data files name it");

        /// <summary>A latitude.</summary>
        public static Words Latitude { get; } = new("纬度，-90 至 90 度", "a latitude in degrees from -90 to 90");

        /// <summary>A longitude.</summary>
        public static Words Longitude { get; } = new("经度，-180 至 180 度", "a longitude in degrees from -180 to 180");

        /// <summary>A set named like a code.</summary>
        public static Words SetIsCode(string set) => new(
            $"组名“{set}”同时也是代码；目标的范围要么是组名要么是代码，请换一个组名",
            $"the set name '{set}' is also a code; a target's scope names a set or a code, so use another name");

        /// <summary>A row without a section code.</summary>
        public static Words NoSectionCode { get; } = new("应填写断面代码", "expected a section code");

        /// <summary>A sample of a section the sections file lacks.</summary>
        public static Words UnknownSection(string section) => new(
            $"未知断面“{section}”；应为断面文件中的断面", $"unknown section '{section}'; expected a section of the sections file");

        /// <summary>A sample date that is none.</summary>
        public static Words SampleDate(string found) => new($"应为日期 yyyy-MM-dd，实际为“{found}”", $"expected a date yyyy-MM-dd, found '{found}'");

        /// <summary>A measurement that is no number and no detection limit.</summary>
        public static Words Measurement(string found) => new(
            $"应为数字，或未检出时的检出限（0.01L 或 <0.01），实际为“{found}”",
            $"expected a number, or a detection limit for a value not detected (0.01L or <0.01), found '{found}'");

        /// <summary>A negative measurement.</summary>
        public static Words NegativeValue(string found) => new($"数值应不小于 0，实际为 {found}", $"expected a value of 0 or more, found {found}");

        /// <summary>A pH out of range.</summary>
        public static Words PhRange(string found) => new($"pH 应为 0 至 14，实际为 {found}", $"expected a pH from 0 to 14, found {found}");

        /// <summary>A sections file with a bad header; null <paramref name="missing"/> when it is empty.</summary>
        public static Words SectionsHeader(IReadOnlyCollection<string>? missing, IEnumerable<string> columns)
        {
            var all = string.Join(',', columns);
            return missing is null
                ? new($"文件是空的；应有这些列：{all}", $"the file is empty; expected the columns {all}")
                : new($"标题行缺少 {string.Join("、", missing)}；应有这些列：{all}", $"the header lacks {string.Join(", ", missing)}; expected the columns {all}");
        }

        /// <summary>A section listed twice.</summary>
        public static Words SectionTwice(string section, int line) => new(
            $"断面 {section} 出现了两次（首次在第 {line} 行）；每个断面只应列出一次", $"section {section} is listed twice (first on line {line}); expected each section once");

        /// <summary>A section without its name.</summary>
        public static Words NoSectionName { get; } = new("应填写断面名称", "expected the section's name");

        /// <summary>A water body that is neither.</summary>
        public static Words WaterBody(string found) => new(
            $"应为河流（river）或湖库（lake），实际为“{found}”", $"expected river or lake (湖、库), found '{found}'");

        /// <summary>A target class that is none.</summary>
        public static Words TargetClass(string found) => new(
            $"应为目标水质类别 I、II、III、IV 或 V，实际为“{found}”", $"expected a target class I, II, III, IV or V, found '{found}'");
    }
}
