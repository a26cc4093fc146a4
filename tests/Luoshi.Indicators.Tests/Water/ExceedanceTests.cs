using Luoshi.Indicators.Water;

namespace Luoshi.Indicators.Tests.Water;

/// <summary>超标倍数 = (value − target-class limit) ÷ limit (《地表水环境质量评价办法（试行）》), limits from GB 3838-2002 表1.</summary>
public sealed class ExceedanceTests
{
    private static IReadOnlyList<Exceedance> Exceeding(Dictionary<WaterItem, decimal> values, WaterClass target, WaterBody body) =>
        Exceedances.Of(SingleFactor.Evaluate(values, body, WaterItemSet.Official)!, target, body);

    [Fact]
    public void Of_TargetTwo_MultiplesAgainstTheClassTwoLimits()
    {
        // Ⅱ limits: NH3-N 0.5 → (0.8 − 0.5)/0.5 = 0.6; TP 0.1 → (0.15 − 0.1)/0.1 = 0.5; CODMn 4 → (5 − 4)/4 = 0.25.
        // COD 15 ≤ 15 meets Ⅱ and is not listed.
        var values = new Dictionary<WaterItem, decimal>
        {
            [WaterItem.CodMn] = 5m, [WaterItem.Cod] = 15m, [WaterItem.Nh3N] = 0.8m, [WaterItem.Tp] = 0.15m,
        };

        var exceeding = Exceeding(values, WaterClass.II, WaterBody.River);

        Assert.Equal(
            [
                new Exceedance(WaterItem.CodMn, 5m, 4m, 0.25m),
                new Exceedance(WaterItem.Nh3N, 0.8m, 0.5m, 0.6m),
                new Exceedance(WaterItem.Tp, 0.15m, 0.1m, 0.5m),
            ],
            exceeding);
    }

    [Fact]
    public void Of_MercuryAgainstClassThree_IsTwelveTimes()
    {
        // 表1 汞 Ⅲ 0.0001: (0.0013 − 0.0001)/0.0001 = 12.
        var values = new Dictionary<WaterItem, decimal> { [WaterItem.Hg] = 0.0013m };

        Assert.Equal([new Exceedance(WaterItem.Hg, 0.0013m, 0.0001m, 12m)], Exceeding(values, WaterClass.III, WaterBody.River));
    }

    [Fact]
    public void Of_LakePhosphorus_UsesTheLakeLimit()
    {
        // 表1 总磷 湖、库 Ⅲ 0.05: (0.08 − 0.05)/0.05 = 0.6. In a river 0.08 ≤ 0.1 is Ⅱ and meets Ⅲ.
        var values = new Dictionary<WaterItem, decimal> { [WaterItem.Tp] = 0.08m };

        Assert.Equal([new Exceedance(WaterItem.Tp, 0.08m, 0.05m, 0.6m)], Exceeding(values, WaterClass.III, WaterBody.Lake));
        Assert.Empty(Exceeding(values, WaterClass.III, WaterBody.River));
    }

    [Fact]
    public void Of_DissolvedOxygenAndPh_AreListedWithoutAMultiple()
    {
        // 评价办法: 水温、pH值和溶解氧等项目不计算超标倍数. DO 4 < 5 (Ⅲ limit), pH 5.5 < 6.
        var values = new Dictionary<WaterItem, decimal> { [WaterItem.Ph] = 5.5m, [WaterItem.Do] = 4m };

        Assert.Equal(
            [new Exceedance(WaterItem.Ph, 5.5m, 6m, null), new Exceedance(WaterItem.Do, 4m, 5m, null)],
            Exceeding(values, WaterClass.III, WaterBody.River));
    }

    [Fact]
    public void Of_MeetingTheTarget_IsEmpty()
    {
        var values = new Dictionary<WaterItem, decimal> { [WaterItem.Nh3N] = 1.0m, [WaterItem.Do] = 5m };

        Assert.Empty(Exceeding(values, WaterClass.III, WaterBody.River));
    }

    [Fact]
    public void Of_WorseThanVTarget_Throws()
    {
        var sample = new SampleClass(WaterClass.I, [], []);

        Assert.Throws<ArgumentOutOfRangeException>(() => Exceedances.Of(sample, WaterClass.WorseThanV, WaterBody.River));
    }
}
