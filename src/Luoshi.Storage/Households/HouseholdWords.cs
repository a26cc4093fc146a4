using Luoshi.Domain.Households;

namespace Luoshi.Storage.Households;

/// <summary>The words files, commands and forms may use for risk types, identification sources and states, in
/// English or Chinese.</summary>
public static class HouseholdWords
{
    /// <summary>One risk type by its word, or null.</summary>
    public static RiskTypes? Risk(string word) => word.Trim().ToLowerInvariant() switch
    {
        "illness" or "因病" or "病" => RiskTypes.Illness,
        "education" or "因学" or "学" => RiskTypes.Education,
        "disaster" or "因灾" or "灾" => RiskTypes.Disaster,
        "accident" or "因意外" or "因意外事故" or "意外" => RiskTypes.Accident,
        "unemployment" or "因失业" or "失业" or "务工就业不稳" => RiskTypes.Unemployment,
        "other" or "其他" => RiskTypes.Other,
        _ => null,
    };

    /// <summary>Risk types separated by | (or ，、), or null naming the first unknown word.</summary>
    public static (RiskTypes Risks, string? Unknown) Risks(string text)
    {
        var risks = RiskTypes.None;
        foreach (var word in text.Split(['|', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Risk(word) is not { } risk)
            {
                return (risks, word);
            }

            risks |= risk;
        }

        return (risks, null);
    }

    /// <summary>An identification source by its word, or null.</summary>
    public static IdentificationSource? Source(string word) => word.Trim().ToLowerInvariant() switch
    {
        "application" or "申请" or "自主申报" or "农户自主申报" => IdentificationSource.Application,
        "visit" or "staff-visit" or "排查" or "干部排查" or "基层干部排查" => IdentificationSource.StaffVisit,
        "department" or "department-data" or "部门" or "部门筛查" or "部门筛查预警" => IdentificationSource.DepartmentData,
        _ => null,
    };

    /// <summary>Risk types in Chinese, 因病、因学.</summary>
    public static string RisksZh(RiskTypes risks) => Join(risks, "、", r => r switch
    {
        RiskTypes.Illness => "因病",
        RiskTypes.Education => "因学",
        RiskTypes.Disaster => "因灾",
        RiskTypes.Accident => "因意外",
        RiskTypes.Unemployment => "因失业",
        _ => "其他",
    });

    /// <summary>Risk types in English, as files write them: illness|education.</summary>
    public static string RisksEn(RiskTypes risks) => Join(risks, "|", r => r.ToString().ToLowerInvariant());

    /// <summary>The source in Chinese.</summary>
    public static string SourceZh(IdentificationSource? source) => source switch
    {
        IdentificationSource.Application => "农户自主申报",
        IdentificationSource.StaffVisit => "基层干部排查",
        IdentificationSource.DepartmentData => "部门筛查预警",
        _ => "",
    };

    /// <summary>The source as files write it.</summary>
    public static string SourceEn(IdentificationSource? source) => source switch
    {
        IdentificationSource.Application => "application",
        IdentificationSource.StaffVisit => "visit",
        IdentificationSource.DepartmentData => "department",
        _ => "",
    };

    /// <summary>The state in Chinese.</summary>
    public static string StateZh(MonitoringState state) => state switch
    {
        MonitoringState.NotMonitored => "未纳入监测",
        MonitoringState.Flagged => "待识别",
        MonitoringState.Identified => "已识别",
        MonitoringState.Assisted => "帮扶中",
        MonitoringState.RiskEliminated => "风险消除",
        _ => state.ToString(),
    };

    private static string Join(RiskTypes risks, string separator, Func<RiskTypes, string> word) =>
        string.Join(separator, Enum.GetValues<RiskTypes>().Where(r => r != RiskTypes.None && risks.HasFlag(r)).Select(word));
}
