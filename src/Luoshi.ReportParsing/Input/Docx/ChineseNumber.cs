using System.Globalization;
using System.Text;

namespace Luoshi.ReportParsing.Input.Docx;

/// <summary>Chinese list numbers as Word writes them: 一 … 十、十一 … 九十九, then by digit (counting) or by 百/千 (counting thousand).</summary>
/// <remarks>
/// 1 to 99 are the forms every Chinese Word list shows. The forms from 100 on follow how Word is described to write
/// them and were not compared with Word itself here; no work report numbers its headings past 99.
/// </remarks>
internal static class ChineseNumber
{
    private const string Digit = "〇一二三四五六七八九";

    /// <summary>chineseCounting: 十-grouped up to 99, digit by digit from 100 (一〇〇).</summary>
    public static string Counting(int value) => value < 100 ? UpTo99(value) : Digits(value);

    /// <summary>chineseCountingThousand: grouped with 十/百/千 up to 9999 (一百一十, 一百〇一), decimals beyond.</summary>
    public static string CountingThousand(int value)
    {
        if (value < 100)
        {
            return UpTo99(value);
        }

        if (value > 9999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        var pendingZero = false;
        foreach (var (unit, name) in (ReadOnlySpan<(int, string)>)[(1000, "千"), (100, "百"), (10, "十"), (1, "")])
        {
            var digit = value / unit % 10;
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            text.Append(pendingZero ? "〇" : "").Append(Digit[digit]).Append(name);
            pendingZero = false;
        }

        return text.ToString();
    }

    /// <summary>ideographDigital: each digit written out, zero as 〇 (一〇二).</summary>
    public static string Digits(int value) =>
        string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(d => Digit[d - '0']));

    /// <summary>The financial (大写) forms up to 99 with 拾 (壹拾, 壹拾壹, 贰拾); null beyond.</summary>
    public static string? Legal(int value, string oneToNine)
    {
        if (value > 99)
        {
            return null;
        }

        var (tens, ones) = (value / 10, value % 10);
        var one = ones == 0 ? "" : oneToNine[ones - 1].ToString();
        return tens == 0 ? one : oneToNine[tens - 1] + "拾" + one;
    }

    private static string UpTo99(int value)
    {
        var (tens, ones) = (value / 10, value % 10);
        var one = ones == 0 ? "" : Digit[ones].ToString();
        return tens switch
        {
            0 => one,
            1 => "十" + one,
            _ => Digit[tens] + "十" + one,
        };
    }
}
