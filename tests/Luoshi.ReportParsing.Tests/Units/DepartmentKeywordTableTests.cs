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

    [Theory]
    // 就业 twice, 学位 once: the most hits lead.
    [InlineData("新增学位，稳定就业，扩大就业。", "人社局", "教育局")]
    // One hit each: the earliest leads, the others follow in the order they appear.
    [InlineData("改善水质，新增学位，稳定就业。", "生态环境局", "教育局|人社局")]
    // Five departments: the lead and at most three supporting units.
    [InlineData("水质、学位、就业、道路、医院。", "生态环境局", "教育局|人社局|交通运输局")]
    // 污水处理 is one keyword (住建局), not 水 (生态环境局) inside it.
    [InlineData("建设污水处理设施。", "住建局", "")]
    public void Suggest_RanksDepartmentsByHitsThenFirstAppearance(string sentence, string lead, string supporting)
    {
        File.WriteAllText(_path,
            "keyword,department\n水,生态环境局\n学位,教育局\n就业,人社局\n道路,交通运输局\n医院,卫生健康局\n污水处理,住建局\n就业,就业服务中心\n");
        var (table, error) = DepartmentKeywordTable.Load(_path);
        Assert.Null(error);

        var task = Assert.Single(ParsedReport.Of(sentence, departments: table).Tasks);

        Assert.Equal((lead, supporting, true), (task.LeadUnit, string.Join('|', task.SupportingUnits), task.UnitsSuggested));
    }
}
