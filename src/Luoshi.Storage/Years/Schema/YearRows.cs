using Luoshi.Domain.Plans;
using Luoshi.Domain.Years;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Years.Schema;

/// <summary>carry_overs: a task of a closed year carried into the next year's plan as a new task (结转).</summary>
internal sealed class CarryOverRow
{
    public int Id { get; set; }

    public int FromTaskId { get; set; }

    public int ToTaskId { get; set; }

    public DateOnly On { get; set; }

    public required string By { get; set; }
}

/// <summary>target_links: a later year's target matched to an earlier year's, as the rule suggested or the office decided.</summary>
internal sealed class TargetLinkRow
{
    public int Id { get; set; }

    public int TargetId { get; set; }

    public int EarlierTargetId { get; set; }

    public MatchRule Rule { get; set; }

    public MatchState State { get; set; }

    public DateOnly On { get; set; }

    public required string By { get; set; }
}

/// <summary>carry_overs: a task carries over once and is carried into one task.</summary>
internal sealed class CarryOverConfiguration : IEntityTypeConfiguration<CarryOverRow>
{
    public void Configure(EntityTypeBuilder<CarryOverRow> builder)
    {
        builder.ToTable("carry_overs");
        builder.HasIndex(r => r.FromTaskId).IsUnique();
        builder.HasIndex(r => r.ToTaskId).IsUnique();
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.FromTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.ToTaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>target_links: one earlier target per later target, each earlier target matched once; rules and states as names.</summary>
internal sealed class TargetLinkConfiguration : IEntityTypeConfiguration<TargetLinkRow>
{
    public void Configure(EntityTypeBuilder<TargetLinkRow> builder)
    {
        builder.ToTable("target_links");
        builder.HasIndex(r => r.TargetId).IsUnique();
        builder.HasIndex(r => r.EarlierTargetId).IsUnique();
        builder.Property(r => r.Rule).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Target>().WithMany().HasForeignKey(r => r.TargetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Target>().WithMany().HasForeignKey(r => r.EarlierTargetId).OnDelete(DeleteBehavior.Cascade);
    }
}
