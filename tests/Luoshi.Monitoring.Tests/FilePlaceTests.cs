namespace Luoshi.Monitoring.Tests;

public sealed class FilePlaceTests
{
    [Fact]
    public void Names_file_line_and_column()
    {
        Assert.Equal("air.csv, line 12, column pm25", new FilePlace("air.csv", 12, "pm25").ToPlace().ToWords().En);
        Assert.Equal("air.csv, line 3", new FilePlace("air.csv", 3, null).ToPlace().ToWords().En);
    }
}
