using Luoshi.Domain.Progress;

namespace Luoshi.Domain.Reading;

/// <summary>What a task's sent report (submitted or approved) says in words for a period: 进展情况, 存在问题, 下一步措施.</summary>
public sealed record TaskNarrative(int ReportId, int Period, ReportState State, string Progress, string Problems, string NextSteps);
