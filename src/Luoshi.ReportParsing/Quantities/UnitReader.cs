namespace Luoshi.ReportParsing.Quantities;

/// <summary>The unit read after a number: where its words are and where the amount ends.</summary>
/// <param name="Start">Where the unit's words start (after 余 or 多 in 300多个).</param>
/// <param name="UnitEnd">Where the unit's words end.</param>
/// <param name="End">Where the amount ends: after a bracketed alternative (4万套（间）), or back at the number when a
/// list shares a unit written further on.</param>
/// <param name="Roughly">True when 余 or 多 stands between the number and its unit: "more than".</param>
internal readonly record struct UnitRead(MeasureUnit? Unit, int Start, int UnitEnd, int End, bool Roughly = false);

/// <summary>Reads the unit after a number, shared or direct.</summary>
internal static class UnitReader
{
    /// <summary>The unit after the number that ends at <paramref name="position"/>.</summary>
    public static UnitRead At(string folded, int position, int end)
    {
        if (Direct(folded, position, end) is { Unit: not null } direct)
        {
            return direct;
        }

        if (Shared(folded, position, end) is { } shared)
        {
            return shared;
        }

        if (position + 1 < end && folded[position] is '余' or '多' && Direct(folded, position + 1, end) is { Unit: not null } rough)
        {
            // 2.1万余户, 300多个: "more than" sits between the number and its unit.
            return rough with { Roughly = true };
        }

        return new UnitRead(null, position, position, position);
    }

    private static UnitRead? Direct(string folded, int position, int end)
    {
        var p = position;
        while (p < end && folded[p] == ' ')
        {
            p++;
        }

        if (MeasureUnits.Match(folded.AsSpan(p, end - p)) is not { } unit)
        {
            return null;
        }

        var unitEnd = p + unit.Text.Length;
        var after = unitEnd;
        // 4万套(间), 500人(次): a bracketed alternative unit belongs to the amount, not to what follows it.
        if (after + 2 < end && folded[after] == '(' && folded[after + 2] == ')' && IsHan(folded[after + 1]))
        {
            after += 3;
        }

        return new UnitRead(unit, p, unitEnd, after);
    }

    // 30、32、35微克/立方米 and 8和9个: the unit written once after a list of numbers belongs to each of them.
    private static UnitRead? Shared(string folded, int position, int end)
    {
        var start = position;
        for (var listed = 0; listed < 8 && position + 1 < end && folded[position] is '、' or '和'; listed++)
        {
            if (!char.IsAsciiDigit(folded[position + 1]) || NumberReader.ReadArabic(folded, position + 1, end) is not { } next)
            {
                return null;
            }

            position = next.End;
            if (Direct(folded, position, end) is { } unit)
            {
                return new UnitRead(unit.Unit, unit.Start, unit.UnitEnd, start);
            }
        }

        return null;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
