namespace Luoshi.ReportParsing.Quantities;

/// <summary>Words that turn a number into the name of a kind of thing: 3人制篮球场, 一级A排放标准, 20万吨级码头.</summary>
internal static class ClassWord
{
    /// <summary>True when folded[position] is 制 (a format: 3人制) or 级 (a grade: 一级A, 20万吨级).</summary>
    public static bool Follows(string folded, int position, int end) => position < end && folded[position] is '制' or '级';

    /// <summary>True for a unit that rates a kind of equipment rather than measuring an amount: 10千伏线路 is a class of
    /// line, never a promise of ten kilovolts.</summary>
    public static bool IsRating(MeasureUnit unit) => unit.Text == "千伏";

    /// <summary>True when a Chinese numeral with 次 makes a term, not a count: 二次供水, 一次性, 三次分配. Reports count
    /// times in digits (开展12次).</summary>
    public static bool IsOrdinalTerm(MeasureUnit unit, bool chinese) => chinese && unit.Text == "次";
}
