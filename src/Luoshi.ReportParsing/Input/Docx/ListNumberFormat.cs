using System.Globalization;
using System.Text;

namespace Luoshi.ReportParsing.Input.Docx;

/// <summary>Writes a list counter the way Word does for a w:numFmt value; formats it does not know fall back to decimals.</summary>
internal static class ListNumberFormat
{
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int value, string format) => format switch
    {
        "none" => "",
        _ when value < 1 => Decimal(value),
        "chineseCounting" or "taiwaneseCounting" => ChineseNumber.Counting(value),
        "chineseCountingThousand" or "taiwaneseCountingThousand" => ChineseNumber.CountingThousand(value),
        "chineseLegalSimplified" => ChineseNumber.Legal(value, "壹贰叁肆伍陆柒捌玖") ?? Decimal(value),
        "ideographLegalTraditional" => ChineseNumber.Legal(value, "壹貳參肆伍陸柒捌玖") ?? Decimal(value),
        "ideographDigital" or "taiwaneseDigital" => ChineseNumber.Digits(value),
        "ideographTraditional" => Cycle(HeavenlyStems, value),
        "ideographZodiac" => Cycle(EarthlyBranches, value),
        "decimalZero" => value < 10 ? "0" + Decimal(value) : Decimal(value),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(Decimal(value)),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => Enclosed(value, '\u2460'),
        "decimalEnclosedParen" => Enclosed(value, '\u2474'),
        "decimalEnclosedFullstop" => Enclosed(value, '\u2488'),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Cycle(string symbols, int value) => symbols[(value - 1) % symbols.Length].ToString();

    private static string FullWidth(string digits) => string.Concat(digits.Select(d => (char)(d - '0' + '０')));

    // ① ⑴ ⒈ exist for 1 to 20 only; Word writes larger numbers as decimals too.
    private static string Enclosed(int value, char first) => value <= 20 ? ((char)(first + value - 1)).ToString() : Decimal(value);

    // Word repeats the letter: 27 is AA, 28 is BB.
    private static string Letters(int value, char a) => new((char)(a + (value - 1) % 26), (value - 1) / 26 + 1);

    private static string Roman(int value)
    {
        ReadOnlySpan<(int Value, string Symbol)> numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var roman = new StringBuilder();
        foreach (var (amount, symbol) in numerals)
        {
            for (; value >= amount; value -= amount)
            {
                roman.Append(symbol);
            }
        }

        return roman.ToString();
    }
}
