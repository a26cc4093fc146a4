namespace Luoshi.Indicators.Water;

/// <summary>How classes are written: <c>I</c> … <c>V</c>, <c>劣V</c>, and the qualitative grade of the 2011 evaluation
/// rules (《地表水环境质量评价办法（试行）》 Table 1: 优, 良好, 轻度污染, 中度污染, 重度污染).</summary>
public static class WaterClasses
{
    private static readonly string[] _names = ["I", "II", "III", "IV", "V", "劣V"];

    // The grades of the evaluation rules' 断面水质定性评价 table: classes Ⅰ and Ⅱ are both 优.
    private static readonly string[] _grades = ["优", "优", "良好", "轻度污染", "中度污染", "重度污染"];

    // Chinese documents write classes with the Unicode Roman numerals (Ⅲ类) as often as with Latin letters.
    private static readonly Dictionary<string, WaterClass> _byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["I"] = WaterClass.I, ["II"] = WaterClass.II, ["III"] = WaterClass.III, ["IV"] = WaterClass.IV, ["V"] = WaterClass.V,
        ["Ⅰ"] = WaterClass.I, ["Ⅱ"] = WaterClass.II, ["Ⅲ"] = WaterClass.III, ["Ⅳ"] = WaterClass.IV, ["Ⅴ"] = WaterClass.V,
        ["劣V"] = WaterClass.WorseThanV, ["劣Ⅴ"] = WaterClass.WorseThanV,
    };

    /// <summary>The stable written form: <c>I</c>, <c>II</c>, <c>III</c>, <c>IV</c>, <c>V</c> or <c>劣V</c>.</summary>
    public static string Name(WaterClass waterClass) => _names[Index(waterClass)];

    /// <summary>The qualitative grade (优 … 重度污染) of the 2011 evaluation rules.</summary>
    public static string Grade(WaterClass waterClass) => _grades[Index(waterClass)];

    /// <summary>Reads <c>I</c>…<c>V</c>, <c>劣V</c>, in Latin letters or Roman-numeral characters (Ⅲ), with an optional
    /// trailing 类; false for anything else.</summary>
    public static bool TryParse(string text, out WaterClass waterClass)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('类'))
        {
            trimmed = trimmed[..^1];
        }

        return _byName.TryGetValue(trimmed, out waterClass);
    }

    private static int Index(WaterClass waterClass) => waterClass is >= WaterClass.I and <= WaterClass.WorseThanV
        ? (int)waterClass - 1
        : throw new ArgumentOutOfRangeException(nameof(waterClass), waterClass, "Not a GB 3838-2002 class.");
}
