namespace Luoshi.Domain.Reading;

/// <summary>A task's report that counts as sent (submitted, resubmitted or approved): what deadlines kept and missed
/// are judged by.</summary>
/// <param name="Period">1-based period number.</param>
/// <param name="Unit">The unit that sent it.</param>
/// <param name="SubmittedAt">When it was last submitted.</param>
public sealed record SentReport(int Period, string Unit, DateTimeOffset? SubmittedAt);
