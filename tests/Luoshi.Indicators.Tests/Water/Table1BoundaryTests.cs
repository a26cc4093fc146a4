using Luoshi.Indicators.Water;
using static Luoshi.Indicators.Water.WaterClass;

namespace Luoshi.Indicators.Tests.Water;

/// <summary>GB 3838-2002 表1, every class limit of every item: the limits are copied here from the table, and the
/// expected classes were worked out by hand from it (a value equal to a limit meets it; where classes share a limit the
/// best of them is given).</summary>
public sealed class Table1BoundaryTests
{
    private const WaterClass Worse = WorseThanV;

    // (item, water, limits of Ⅰ–Ⅴ from 表1, class AT each limit, class just past each limit on the worse side).
    // Just past on the better side the class is the one at the limit: the next better limit is far away.
    private static readonly (WaterItem Item, WaterBody Body, decimal[] Limits, WaterClass[] At, WaterClass[] Past)[] UpperLimits =
    [
        (WaterItem.CodMn, WaterBody.River, [2, 4, 6, 10, 15], [I, II, III, IV, V], [II, III, IV, V, Worse]),
        (WaterItem.Cod, WaterBody.River, [15, 15, 20, 30, 40], [I, I, III, IV, V], [III, III, IV, V, Worse]),
        (WaterItem.Bod5, WaterBody.River, [3, 3, 4, 6, 10], [I, I, III, IV, V], [III, III, IV, V, Worse]),
        (WaterItem.Nh3N, WaterBody.River, [0.15m, 0.5m, 1.0m, 1.5m, 2.0m], [I, II, III, IV, V], [II, III, IV, V, Worse]),
        (WaterItem.Tp, WaterBody.River, [0.02m, 0.1m, 0.2m, 0.3m, 0.4m], [I, II, III, IV, V], [II, III, IV, V, Worse]),
        (WaterItem.Tp, WaterBody.Lake, [0.01m, 0.025m, 0.05m, 0.1m, 0.2m], [I, II, III, IV, V], [II, III, IV, V, Worse]),
        (WaterItem.Tn, WaterBody.Lake, [0.2m, 0.5m, 1.0m, 1.5m, 2.0m], [I, II, III, IV, V], [II, III, IV, V, Worse]),
        (WaterItem.Cu, WaterBody.River, [0.01m, 1.0m, 1.0m, 1.0m, 1.0m], [I, II, II, II, II], [II, Worse, Worse, Worse, Worse]),
        (WaterItem.Zn, WaterBody.River, [0.05m, 1.0m, 1.0m, 2.0m, 2.0m], [I, II, II, IV, IV], [II, IV, IV, Worse, Worse]),
        (WaterItem.Fluoride, WaterBody.River, [1.0m, 1.0m, 1.0m, 1.5m, 1.5m], [I, I, I, IV, IV], [IV, IV, IV, Worse, Worse]),
        (WaterItem.Se, WaterBody.River, [0.01m, 0.01m, 0.01m, 0.02m, 0.02m], [I, I, I, IV, IV], [IV, IV, IV, Worse, Worse]),
        (WaterItem.As, WaterBody.River, [0.05m, 0.05m, 0.05m, 0.1m, 0.1m], [I, I, I, IV, IV], [IV, IV, IV, Worse, Worse]),
        (WaterItem.Hg, WaterBody.River, [0.00005m, 0.00005m, 0.0001m, 0.001m, 0.001m], [I, I, III, IV, IV], [III, III, IV, Worse, Worse]),
        (WaterItem.Cd, WaterBody.River, [0.001m, 0.005m, 0.005m, 0.005m, 0.01m], [I, II, II, II, V], [II, V, V, V, Worse]),
        (WaterItem.Cr6, WaterBody.River, [0.01m, 0.05m, 0.05m, 0.05m, 0.1m], [I, II, II, II, V], [II, V, V, V, Worse]),
        (WaterItem.Pb, WaterBody.River, [0.01m, 0.01m, 0.05m, 0.05m, 0.1m], [I, I, III, III, V], [III, III, V, V, Worse]),
        (WaterItem.Cyanide, WaterBody.River, [0.005m, 0.05m, 0.2m, 0.2m, 0.2m], [I, II, III, III, III], [II, III, Worse, Worse, Worse]),
        (WaterItem.Phenol, WaterBody.River, [0.002m, 0.002m, 0.005m, 0.01m, 0.1m], [I, I, III, IV, V], [III, III, IV, V, Worse]),
        (WaterItem.Oil, WaterBody.River, [0.05m, 0.05m, 0.05m, 0.5m, 1.0m], [I, I, I, IV, V], [IV, IV, IV, V, Worse]),
        (WaterItem.Las, WaterBody.River, [0.2m, 0.2m, 0.2m, 0.3m, 0.3m], [I, I, I, IV, IV], [IV, IV, IV, Worse, Worse]),
        (WaterItem.Sulfide, WaterBody.River, [0.05m, 0.1m, 0.2m, 0.5m, 1.0m], [I, II, III, IV, V], [II, III, IV, V, Worse]),
        (WaterItem.FecalColiform, WaterBody.River, [200, 2000, 10000, 20000, 40000], [I, II, III, IV, V], [II, III, IV, V, Worse]),
    ];

    public static TheoryData<WaterItem, WaterBody, decimal, WaterClass, WaterClass> UpperLimitRows { get; } = Expand(UpperLimits);

    public static TheoryData<WaterItem, WaterBody, decimal> ClassFiveLimits { get; } = FifthLimits(UpperLimits);

    // δ = a thousandth of the limit: far smaller than the gap to any neighbouring limit of the row.
    [Theory]
    [MemberData(nameof(UpperLimitRows))]
    public void ClassOf_AtJustBelowAndJustAboveEachLimit(WaterItem item, WaterBody body, decimal limit, WaterClass at, WaterClass past)
    {
        var delta = limit / 1000;

        Assert.Equal((WaterClass?)at, SingleFactor.ClassOf(item, limit, body));
        Assert.Equal((WaterClass?)at, SingleFactor.ClassOf(item, limit - delta, body));
        Assert.Equal((WaterClass?)past, SingleFactor.ClassOf(item, limit + delta, body));
    }

    [Theory]
    [MemberData(nameof(ClassFiveLimits))]
    public void ClassOf_TwiceTheClassFiveLimit_IsWorseThanV(WaterItem item, WaterBody body, decimal classFive) =>
        Assert.Equal(Worse, SingleFactor.ClassOf(item, 2 * classFive, body));

    [Fact]
    public void SurfaceWaterTable_UpperLimitedRows_HoldTheTablesLimits()
    {
        foreach (var (item, body, limits, _, _) in UpperLimits)
        {
            Assert.Equal(limits.Select(l => new ClassLimit(null, l)), SurfaceWaterTable.Of(item).LimitsIn(body)!);
        }

        Assert.Equal([7.5m, 6m, 5m, 3m, 2m], SurfaceWaterTable.Of(WaterItem.Do).Limits.Select(l => l.Lower!.Value));
        Assert.All(SurfaceWaterTable.Of(WaterItem.Ph).Limits, l => Assert.Equal(new ClassLimit(6m, 9m), l));
    }

    // 表1 溶解氧 ≥ 饱和率90%（或7.5）, 6, 5, 3, 2: a lower limit, so the worse side is below it.
    [Theory]
    [InlineData(7.5, I, II)]
    [InlineData(6, II, III)]
    [InlineData(5, III, IV)]
    [InlineData(3, IV, V)]
    [InlineData(2, V, Worse)]
    public void ClassOf_DissolvedOxygen_IsALowerLimit(double limitAsDouble, WaterClass at, WaterClass below)
    {
        var limit = (decimal)limitAsDouble;

        Assert.Equal((WaterClass?)at, SingleFactor.ClassOf(WaterItem.Do, limit, WaterBody.River));
        Assert.Equal((WaterClass?)at, SingleFactor.ClassOf(WaterItem.Do, limit + (limit / 1000), WaterBody.River));
        Assert.Equal((WaterClass?)below, SingleFactor.ClassOf(WaterItem.Do, limit - (limit / 1000), WaterBody.River));
    }

    [Theory]
    [InlineData(0, Worse)]
    [InlineData(1, Worse)]
    [InlineData(1.998, Worse)]
    [InlineData(12, I)]
    public void ClassOf_DissolvedOxygen_BelowClassFiveOrHigh(double value, WaterClass expected) =>
        Assert.Equal((WaterClass?)expected, SingleFactor.ClassOf(WaterItem.Do, (decimal)value, WaterBody.Lake));

    // 表1 pH 6~9 in every class: inside (bounds included) is Ⅰ, outside is 劣Ⅴ.
    [Theory]
    [InlineData(6, I)]
    [InlineData(9, I)]
    [InlineData(7.2, I)]
    [InlineData(5.99, Worse)]
    [InlineData(9.01, Worse)]
    [InlineData(0, Worse)]
    [InlineData(14, Worse)]
    public void ClassOf_Ph_IsTheSixToNineRange(double value, WaterClass expected)
    {
        Assert.Equal((WaterClass?)expected, SingleFactor.ClassOf(WaterItem.Ph, (decimal)value, WaterBody.River));
        Assert.Equal((WaterClass?)expected, SingleFactor.ClassOf(WaterItem.Ph, (decimal)value, WaterBody.Lake));
    }

    [Fact]
    public void ClassOf_Zero_IsClassOneForEveryUpperLimitedItem()
    {
        foreach (var (item, body, _, _, _) in UpperLimits)
        {
            Assert.Equal(I, SingleFactor.ClassOf(item, 0m, body));
        }
    }

    // 表1 总磷 0.02（湖、库0.01）…: the same value is a class worse in a lake or reservoir.
    [Theory]
    [InlineData(0.015, I, II)]
    [InlineData(0.02, I, II)]
    [InlineData(0.05, II, III)]
    [InlineData(0.1, II, IV)]
    [InlineData(0.2, III, V)]
    [InlineData(0.3, IV, Worse)]
    [InlineData(0.4, V, Worse)]
    public void ClassOf_TotalPhosphorus_LakeLimitsAreStricter(double value, WaterClass river, WaterClass lake)
    {
        Assert.Equal((WaterClass?)river, SingleFactor.ClassOf(WaterItem.Tp, (decimal)value, WaterBody.River));
        Assert.Equal((WaterClass?)lake, SingleFactor.ClassOf(WaterItem.Tp, (decimal)value, WaterBody.Lake));
    }

    // 表1 总氮（湖、库，以N计）and 水温 (a limit on man-made change): no class for a river's TN, none for temperature.
    [Fact]
    public void ClassOf_ItemsWithoutAClass_AreNull()
    {
        Assert.Null(SingleFactor.ClassOf(WaterItem.Tn, 5m, WaterBody.River));
        Assert.Null(SingleFactor.ClassOf(WaterItem.WaterTemp, 25m, WaterBody.River));
        Assert.Null(SingleFactor.ClassOf(WaterItem.WaterTemp, 25m, WaterBody.Lake));
    }

    [Fact]
    public void ClassOf_NegativeValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SingleFactor.ClassOf(WaterItem.Cod, -1m, WaterBody.River));

    [Fact]
    public void SurfaceWaterTable_HasTheTablesTwentyFourItemsInOrder()
    {
        Assert.Equal(24, SurfaceWaterTable.Rows.Count);
        Assert.Equal(Enum.GetValues<WaterItem>(), SurfaceWaterTable.Rows.Select(r => r.Item));
        Assert.Equal(
            ["water_temp", "ph", "do", "codmn", "cod", "bod5", "nh3n", "tp", "tn", "cu", "zn", "f", "se", "as", "hg", "cd",
             "cr6", "pb", "cn", "phenol", "oil", "las", "sulfide", "fecal_coliform"],
            WaterItemCodes.All);
    }

    private static TheoryData<WaterItem, WaterBody, decimal, WaterClass, WaterClass> Expand(
        (WaterItem Item, WaterBody Body, decimal[] Limits, WaterClass[] At, WaterClass[] Past)[] rows)
    {
        var data = new TheoryData<WaterItem, WaterBody, decimal, WaterClass, WaterClass>();
        foreach (var (item, body, limits, at, past) in rows)
        {
            for (var i = 0; i < limits.Length; i++)
            {
                data.Add(item, body, limits[i], at[i], past[i]);
            }
        }

        return data;
    }

    private static TheoryData<WaterItem, WaterBody, decimal> FifthLimits(
        (WaterItem Item, WaterBody Body, decimal[] Limits, WaterClass[] At, WaterClass[] Past)[] rows)
    {
        var data = new TheoryData<WaterItem, WaterBody, decimal>();
        foreach (var (item, body, limits, _, _) in rows)
        {
            data.Add(item, body, limits[4]);
        }

        return data;
    }
}
