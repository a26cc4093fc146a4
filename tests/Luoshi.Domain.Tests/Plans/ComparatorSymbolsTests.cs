using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Tests.Plans;

public sealed class ComparatorSymbolsTests
{
    [Theory]
    [InlineData(Comparator.AtLeast, ">=")]
    [InlineData(Comparator.AtMost, "<=")]
    [InlineData(Comparator.Equal, "=")]
    [InlineData(Comparator.About, "~")]
    [InlineData(Comparator.Between, "between")]
    public void ToSymbol_EachComparator_HasTheContractSymbolAndReadsBack(Comparator comparator, string symbol)
    {
        Assert.Equal(symbol, comparator.ToSymbol());
        Assert.Equal(comparator, ComparatorSymbols.FromSymbol(symbol));
    }

    [Theory]
    [InlineData("≥")]
    [InlineData(">")]
    [InlineData("")]
    public void FromSymbol_UnknownSymbol_ReturnsNull(string symbol)
    {
        Assert.Null(ComparatorSymbols.FromSymbol(symbol));
    }
}
