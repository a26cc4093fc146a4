namespace Luoshi.Domain.Households;

/// <summary>Why a household risks falling (back) into poverty (致贫返贫风险类型); a household may have several.</summary>
[Flags]
public enum RiskTypes
{
    /// <summary>No risk recorded.</summary>
    None = 0,

    /// <summary>因病: illness or its costs.</summary>
    Illness = 1,

    /// <summary>因学: the costs of schooling.</summary>
    Education = 2,

    /// <summary>因灾: a natural disaster.</summary>
    Disaster = 4,

    /// <summary>因意外事故: an accident.</summary>
    Accident = 8,

    /// <summary>因失业 / 务工就业不稳: loss of work.</summary>
    Unemployment = 16,

    /// <summary>其他: any other cause.</summary>
    Other = 32,
}
