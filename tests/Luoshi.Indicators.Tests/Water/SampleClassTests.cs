using Luoshi.Indicators.Water;

namespace Luoshi.Indicators.Tests.Water;

/// <summary>Single-factor class of a whole sample: the worst item class and the items at it, against GB 3838-2002 表1.</summary>
public sealed class SampleClassTests
{
    [Fact]
    public void Evaluate_ThreeItemsTieAtTheWorstClass_NamesAllInTableOrder()
    {
        // 表1: CODMn 5 ≤ 6 (Ⅲ), NH3-N 0.8 ≤ 1.0 (Ⅲ), TP 0.15 ≤ 0.2 (Ⅲ), DO 8 ≥ 7.5 (Ⅰ), COD 12 ≤ 15 (Ⅰ).
        // Given out of order, the deciding items come back in the table's order.
        var values = new Dictionary<WaterItem, decimal>
        {
            [WaterItem.Tp] = 0.15m, [WaterItem.Do] = 8m, [WaterItem.Nh3N] = 0.8m, [WaterItem.Cod] = 12m, [WaterItem.CodMn] = 5m,
        };

        var result = SingleFactor.Evaluate(values, WaterBody.River, WaterItemSet.Official)!;

        Assert.Equal(WaterClass.III, result.Class);
        Assert.Equal([WaterItem.CodMn, WaterItem.Nh3N, WaterItem.Tp], result.Deciding);
        Assert.Equal([WaterItem.Do, WaterItem.CodMn, WaterItem.Cod, WaterItem.Nh3N, WaterItem.Tp], result.Items.Select(i => i.Item));
    }

    [Fact]
    public void Evaluate_OneItemWorst_DecidesAlone()
    {
        // 表1: DO 2.5 < 3 but ≥ 2 (Ⅴ) against NH3-N 0.4 (Ⅱ) and pH 7.5 (Ⅰ).
        var values = new Dictionary<WaterItem, decimal> { [WaterItem.Ph] = 7.5m, [WaterItem.Do] = 2.5m, [WaterItem.Nh3N] = 0.4m };

        var result = SingleFactor.Evaluate(values, WaterBody.River, WaterItemSet.Official)!;

        Assert.Equal(WaterClass.V, result.Class);
        Assert.Equal([WaterItem.Do], result.Deciding);
    }

    [Fact]
    public void Evaluate_PhOutsideSixToNine_IsWorseThanV()
    {
        var values = new Dictionary<WaterItem, decimal> { [WaterItem.Ph] = 9.2m, [WaterItem.Nh3N] = 0.1m };

        var result = SingleFactor.Evaluate(values, WaterBody.River, WaterItemSet.Official)!;

        Assert.Equal(WaterClass.WorseThanV, result.Class);
        Assert.Equal([WaterItem.Ph], result.Deciding);
    }

    [Fact]
    public void Evaluate_LakeTotalPhosphorus_UsesTheLakeColumn()
    {
        // 表1 总磷 0.04: river ≤ 0.1 (Ⅱ); lake ≤ 0.05 (湖、库 Ⅲ).
        var values = new Dictionary<WaterItem, decimal> { [WaterItem.Tp] = 0.04m };

        Assert.Equal(WaterClass.II, SingleFactor.Evaluate(values, WaterBody.River, WaterItemSet.Official)!.Class);
        Assert.Equal(WaterClass.III, SingleFactor.Evaluate(values, WaterBody.Lake, WaterItemSet.Official)!.Class);
    }

    [Fact]
    public void Evaluate_OfficialSet_LeavesOutTotalNitrogenFecalColiformAndTemperature()
    {
        // 评价办法 (2011): 21 items, 表1 without 水温, 总氮, 粪大肠菌群. TN 2.5 > 2.0 and fecal coliform 50000 > 40000
        // would be 劣Ⅴ; NH3-N 0.3 ≤ 0.5 is Ⅱ.
        var values = new Dictionary<WaterItem, decimal>
        {
            [WaterItem.WaterTemp] = 28m, [WaterItem.Nh3N] = 0.3m, [WaterItem.Tn] = 2.5m, [WaterItem.FecalColiform] = 50000m,
        };

        var official = SingleFactor.Evaluate(values, WaterBody.Lake, WaterItemSet.Official)!;
        var table1 = SingleFactor.Evaluate(values, WaterBody.Lake, WaterItemSet.Table1)!;

        Assert.Equal(WaterClass.II, official.Class);
        Assert.Equal([WaterItem.Nh3N], official.Deciding);
        Assert.Equal(WaterClass.WorseThanV, table1.Class);
        Assert.Equal([WaterItem.Tn, WaterItem.FecalColiform], table1.Deciding);
    }

    [Fact]
    public void Evaluate_Table1SetInARiver_LeavesOutTotalNitrogenOnly()
    {
        // 表1 classes 总氮 for 湖、库 only; fecal coliform 2500 ≤ 10000 is Ⅲ in any water.
        var values = new Dictionary<WaterItem, decimal> { [WaterItem.Tn] = 2.5m, [WaterItem.FecalColiform] = 2500m };

        var result = SingleFactor.Evaluate(values, WaterBody.River, WaterItemSet.Table1)!;

        Assert.Equal(WaterClass.III, result.Class);
        Assert.Equal([WaterItem.FecalColiform], result.Deciding);
    }

    [Fact]
    public void Evaluate_NoItemOfTheSetMeasured_IsNull()
    {
        var values = new Dictionary<WaterItem, decimal> { [WaterItem.WaterTemp] = 20m, [WaterItem.Tn] = 1m };

        Assert.Null(SingleFactor.Evaluate(values, WaterBody.River, WaterItemSet.Table1));
        Assert.Null(SingleFactor.Evaluate(values, WaterBody.Lake, WaterItemSet.Official));
    }

    [Theory]
    [InlineData(WaterClass.II, WaterClass.III, true)]
    [InlineData(WaterClass.III, WaterClass.III, true)]
    [InlineData(WaterClass.IV, WaterClass.III, false)]
    [InlineData(WaterClass.WorseThanV, WaterClass.V, false)]
    public void Meets_AtOrBetterThanTarget(WaterClass actual, WaterClass target, bool meets) =>
        Assert.Equal(meets, new SampleClass(actual, [], []).Meets(target));
}
