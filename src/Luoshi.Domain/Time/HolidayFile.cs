using System.Globalization;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Time;

/// <summary>Reads and writes a holiday file (one per State Council notice): "年份 2022", "放假 起始日 [截止日] 名称",
/// "上班 日期 说明", "#" comments. A file with a wrong line is refused whole: every wrong line is named with the file, its
/// line number and the field (类别, 年份, 起始日, 截止日, 日期) and nothing is read. The files shipped are in Time/Holidays.</summary>
public static class HolidayFile
{
    /// <summary>The field names a problem points at.</summary>
    public const string KindField = "类别", YearField = "年份", FromField = "起始日", ToField = "截止日", DayField = "日期";

    /// <summary>The notice <paramref name="text"/> holds, or the problems of its lines (file <paramref name="name"/>).</summary>
    public static (HolidayYear? Year, IReadOnlyList<Problem> Problems) Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (off, work, problems) = (new HashSet<DateOnly>(), new HashSet<DateOnly>(), new List<Problem>());
        int? year = null;
        string? source = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].Trim().TrimStart('\uFEFF');
            source ??= raw.StartsWith('#') ? raw.TrimStart('#').Trim() : null;
            var words = raw.Split('#')[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && Line(words, off, work, ref year) is { } problem)
            {
                problems.Add(problem with { Place = new Place(File: name, Line: i + 1, Field: problem.Place?.Field) });
            }
        }

        if (problems.Count == 0 && year is null)
        {
            problems.Add(new Problem(Catalogue.Lifecycle.HolidayYearMissing, new Place(File: name, Field: YearField)));
        }

        return problems.Count > 0 ? (null, problems) : (new HolidayYear(year!.Value, off, work, source ?? name), []);
    }

    /// <summary>A year's calendar as a file the office can edit and import again: the source as the first comment,
    /// the year, each run of consecutive days off as one 放假 line and each working weekend as one 上班 line.</summary>
    public static string Write(HolidayYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var text = new System.Text.StringBuilder();
        text.Append("# ").Append(year.Source.ReplaceLineEndings(" ")).Append('\n');
        text.Append("年份 ").Append(year.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        var days = year.DaysOff.Order().ToList();
        for (var i = 0; i < days.Count;)
        {
            var j = i;
            while (j + 1 < days.Count && days[j + 1] == days[j].AddDays(1) && days[j + 1].DayNumber - days[i].DayNumber < 16)
            {
                j++;
            }

            text.Append("放假 ").Append(Text(days[i]));
            if (j > i)
            {
                text.Append(' ').Append(Text(days[j]));
            }

            text.Append('\n');
            i = j + 1;
        }

        foreach (var day in year.WorkingWeekends.Order())
        {
            text.Append("上班 ").Append(Text(day)).Append('\n');
        }

        return text.ToString();
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Problem? Line(string[] words, HashSet<DateOnly> off, HashSet<DateOnly> work, ref int? year)
    {
        switch (words[0])
        {
            case "年份":
                if (words.Length == 2 && int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && LedgerYears.Contains(y))
                {
                    year = y;
                    return null;
                }

                return Wrong(Catalogue.Lifecycle.HolidayLineWrong, YearField);
            case "放假":
                if (words.Length < 2 || Day(words[1]) is not { } from)
                {
                    return Wrong(Catalogue.Lifecycle.HolidayDayWrong(words.Length < 2 ? "" : words[1]), FromField);
                }

                var to = from;
                if (words.Length >= 3 && LooksLikeADay(words[2]))
                {
                    if (Day(words[2]) is not { } end)
                    {
                        return Wrong(Catalogue.Lifecycle.HolidayDayWrong(words[2]), ToField);
                    }

                    to = end;
                }

                if (to < from || to.DayNumber - from.DayNumber > 15)
                {
                    return Wrong(Catalogue.Lifecycle.HolidayRangeWrong(from, to), ToField);
                }

                for (var d = from; d <= to; d = d.AddDays(1))
                {
                    off.Add(d);
                }

                return null;
            case "上班":
                if (words.Length < 2 || Day(words[1]) is not { } day)
                {
                    return Wrong(Catalogue.Lifecycle.HolidayDayWrong(words.Length < 2 ? "" : words[1]), DayField);
                }

                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    return Wrong(Catalogue.Lifecycle.WorkingWeekendNotWeekend(day), DayField);
                }

                work.Add(day);
                return null;
            default:
                return Wrong(Catalogue.Lifecycle.HolidayLineWrong, KindField);
        }
    }

    private static Problem Wrong(Words words, string field) => new(words, Place.OfField(field));

    // "放假 2026-10-01 国庆节" has a name where an end could be; "2026-1O-07" is a mistyped end.
    private static bool LooksLikeADay(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && LedgerYears.Contains(d) ? d : null;
}
