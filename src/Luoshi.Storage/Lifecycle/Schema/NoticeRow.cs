using Luoshi.Domain.Lifecycle;

namespace Luoshi.Storage.Lifecycle.Schema;

/// <summary>supervision_notices: the office's 督办单 about a task, and the unit's answer.</summary>
internal sealed class NoticeRow
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public int Year { get; set; }

    public int Sequence { get; set; }

    public required string Number { get; set; }

    public NoticeSeverity Severity { get; set; }

    public DateOnly IssuedOn { get; set; }

    public required string Unit { get; set; }

    public string? UnitLeader { get; set; }

    public required string Reason { get; set; }

    public DateOnly RespondBy { get; set; }

    public string? Response { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public SupervisionNotice ToDomain() => new(Id, Number, Severity, IssuedOn, Unit, UnitLeader, Reason, RespondBy, Response, RespondedOn);
}
