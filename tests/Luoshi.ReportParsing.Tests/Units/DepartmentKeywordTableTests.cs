using Luoshi.ReportParsing.Units;

namespace Luoshi.ReportParsing.Tests.Units;

public sealed class DepartmentKeywordTableTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"keywords-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Load_ShippedTable_HasTheIssueExamples()
    {
        var table = ParsedReport.ShippedKeywords();
        var plan = ParsedReport.Of("加强空气质量监测。\n提高水质。\n新增学位1000个。\n办好幼儿园。", departments: table);

        Assert.Equal(["生态环境局", "生态环境局", "教育局", "教育局"], plan.Tasks.Select(t => t.LeadUnit ?? "").ToArray());
    }

    [Fact]
    public void Load_EditedTable_SuggestsTheOfficesOwnDepartments()
    {
        File.WriteAllText(_path, "keyword,department\n就业,市就业服务中心\n");
        var (table, _) = DepartmentKeywordTable.Load(_path);

        var task = Assert.Single(ParsedReport.Of("城镇新增就业6千人以上。", departments: table).Tasks);
        Assert.Equal("市就业服务中心", task.LeadUnit);
    }

    [Fact]
    public void Load_EmptyDepartment_NamesTheLineAndField()
    {
        File.WriteAllText(_path, "keyword,department\n就业,人社局\n空气,\n");

        var (table, error) = DepartmentKeywordTable.Load(_path);

        Assert.Null(table);
        Assert.Equal($"{_path}, line 3, field department: expected a non-empty value", error);
    }

    [Fact]
    public void Load_WrongHeader_SaysWhichHeaderIsExpected()
    {
        File.WriteAllText(_path, "word,unit\n就业,人社局\n");

        Assert.Equal($"{_path}, line 1: expected the header keyword,department", DepartmentKeywordTable.Load(_path).Error);
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        Assert.Equal($"{_path}: file not found", DepartmentKeywordTable.Load(_path).Error);
    }
}
