using Luoshi.Domain.Access;

namespace Luoshi.Storage.Households.Reading;

/// <summary>Who reads the register: the role decides what is masked, the unit (for a reporter: its name or code)
/// which households are seen.</summary>
/// <param name="Unit">A unit reporter's unit, by name or code; ignored for the roles that read everything.</param>
public sealed record HouseholdViewer(AccountRole Role, string? Unit = null)
{
    /// <summary>The supervision office, as the command line acts (it has the database itself).</summary>
    public static HouseholdViewer Office { get; } = new(AccountRole.Office);

    /// <summary>True for the roles that see every household.</summary>
    public bool SeesAll => Role is AccountRole.Administrator or AccountRole.Office or AccountRole.Leader;
}
