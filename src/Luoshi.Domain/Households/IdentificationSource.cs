namespace Luoshi.Domain.Households;

/// <summary>How a household came to be identified for monitoring (识别途径).</summary>
public enum IdentificationSource
{
    /// <summary>农户自主申报: the household applied.</summary>
    Application,

    /// <summary>基层干部排查: found by staff on a visit.</summary>
    StaffVisit,

    /// <summary>部门筛查预警: flagged by departments' data (medical, education, civil affairs…).</summary>
    DepartmentData,
}
