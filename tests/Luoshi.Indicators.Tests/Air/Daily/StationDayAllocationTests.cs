using Luoshi.Indicators.Air.Daily;

namespace Luoshi.Indicators.Tests.Air.Daily;

/// <summary>The contract the batch relies on: a station-day and its tally allocate nothing on the heap, under either version.</summary>
public sealed class StationDayAllocationTests
{
    [Theory]
    [InlineData(2016)]
    [InlineData(2027)]
    public void FromHourlyAndTally_AllocateNothing(int year)
    {
        var block = new double[6 * 24];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = i % 24 == 5 ? double.NaN : 10 + (i % 7);
        }

        var tally = new GoodDayTally();
        var date = new DateOnly(year, 7, 1);
        tally.Add(StationDay.FromHourly(date, HourlyDay.FromBlock(block)));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < 1000; n++)
        {
            tally.Add(StationDay.FromHourly(date, HourlyDay.FromBlock(block)));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1001, tally.Valid);
    }
}
