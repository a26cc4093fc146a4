using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Luoshi.ReportParsing.Quantities;

namespace Luoshi.ReportParsing.Targets;

/// <summary>A time the report sets for a promise (年内, 6月底前, 上半年, 2025年底前), resolved to a date in the plan year.</summary>
internal readonly partial record struct DeadlinePhrase(DateOnly Date, int Start, int End)
{
    /// <summary>The first deadline phrase in folded[start..end), or null.</summary>
    public static DeadlinePhrase? Find(string folded, int start, int end, int year)
    {
        // Every phrase holds 年, 季 or 月; most clauses hold none, and this check is far cheaper than the pattern.
        if (folded.AsSpan(start, end - start).IndexOfAny(TimeCharacters) < 0)
        {
            return null;
        }

        var match = Pattern().Match(folded, start, end - start);
        while (match.Success)
        {
            if (Resolve(match, year) is { } date)
            {
                return new DeadlinePhrase(date, match.Index, match.Index + match.Length);
            }

            match = match.NextMatch();
        }

        return null;
    }

    /// <summary>The length of the deadline phrase that starts at <paramref name="position"/>, or 0; used to strip it from subjects.</summary>
    public static int LengthAt(string text, int position)
    {
        // No phrase is longer than this window, and every one holds 年, 季 or 月: skip the pattern where none can match.
        if (text.AsSpan(position, Math.Min(MaxPhraseLength, text.Length - position)).IndexOfAny(TimeCharacters) < 0)
        {
            return 0;
        }

        var match = AnchoredPattern().Match(text, position);
        return match.Success ? match.Length : 0;
    }

    private static readonly SearchValues<char> TimeCharacters = SearchValues.Create("年季月");

    // The longest phrase, 十二月三十一日前 or 2025年底前, is 8 characters.
    private const int MaxPhraseLength = 12;

    private static DateOnly? Resolve(Match m, int year)
    {
        if (m.Groups["yearEnd"].Success)
        {
            return new DateOnly(Int(m.Groups["yearEnd"].Value), 12, 31);
        }

        if (m.Groups["yearOnly"].Success)
        {
            return new DateOnly(Int(m.Groups["yearOnly"].Value), 12, 31);
        }

        if (m.Groups["yearBefore"].Success)
        {
            return new DateOnly(Int(m.Groups["yearBefore"].Value) - 1, 12, 31);
        }

        if (m.Groups["quarter"].Success)
        {
            var quarter = Small(m.Groups["quarter"].Value);
            return quarter is >= 1 and <= 4 ? EndOfMonth(year, quarter * 3) : null;
        }

        if (m.Groups["month"].Success)
        {
            var month = Small(m.Groups["month"].Value);
            if (month is < 1 or > 12)
            {
                return null;
            }

            if (m.Groups["day"].Success)
            {
                var day = Small(m.Groups["day"].Value);
                return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
            }

            // 6月底前 is the end of June; 6月前 is before June begins.
            return m.Groups["monthEnd"].Success ? EndOfMonth(year, month)
                : month == 1 ? new DateOnly(year - 1, 12, 31) : EndOfMonth(year, month - 1);
        }

        return m.Value switch
        {
            "上半年" or "年中" => new DateOnly(year, 6, 30),
            _ => new DateOnly(year, 12, 31),
        };
    }

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static int Small(string text) =>
        char.IsAsciiDigit(text[0]) ? Int(text) : (int)ChineseNumeral.Read(text).Value;

    private const string Phrase =
        @"(?<yearEnd>\d{4})年(?:底|末)前?|(?<yearBefore>\d{4})年前" +
        // 2023年启动… is that year; 比2020年, 以2020年为基期 and 2022年的 name a base year, not a time to deliver by.
        @"|(?<![比较与于\d])(?<yearOnly>(?:19|20)\d{2})年(?![为的比度以])" +
        @"|(?<![\d一二三四五六七八九十两])(?:年底前|年内|年底|年末|今年|本年度|全年|年度)|上半年|下半年|年中" +
        @"|第?(?<quarter>[一二三四1-4])季度(?:末|底)?前?" +
        @"|(?<month>1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月(?:(?<day>[12][0-9]|3[01]|[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日前?|(?<monthEnd>底|末)前?|前)";

    [GeneratedRegex(Phrase, RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // \G pins the match to the start position while look-behind still sees the text before it.
    [GeneratedRegex(@"\G(?:" + Phrase + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredPattern();
}
