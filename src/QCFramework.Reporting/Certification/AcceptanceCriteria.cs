namespace QCFramework.Reporting.Certification;

/// <summary>A set of acceptance criteria, as one criteria file defines it.</summary>
/// <param name="Name">Name of the set, e.g. "default".</param>
/// <param name="Description">What the set is for.</param>
/// <param name="Criteria">The criteria, in the file's order.</param>
public sealed record AcceptanceCriteria(string Name, string Description, IReadOnlyList<AcceptanceCriterion> Criteria);
