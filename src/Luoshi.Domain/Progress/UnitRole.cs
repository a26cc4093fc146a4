namespace Luoshi.Domain.Progress;

/// <summary>What a unit is to a task: what it reports on the task follows from it (<see cref="UnitRoles"/>).</summary>
public enum UnitRole
{
    /// <summary>Neither lead nor supporting: it reports nothing on the task.</summary>
    None,

    /// <summary>牵头单位: sends the task's progress report, with the values of its targets.</summary>
    Lead,

    /// <summary>配合单位: sends its own contribution (text and evidence), never the task's values.</summary>
    Supporting,
}
