using System.Collections.Generic;
using Privacy.Policy;
using Privacy.Policy.EntityFrameworkCore;

namespace MisterVoip.Data;

/// <summary>What an erasure request ("vergetelheid") did to one customer's data, as <see cref="MisterVoipDatabase.EraseSubjectAsync"/> ran it.</summary>
/// <param name="Evidence">The in-memory rules' result for each of the subject's records: what the request's file keeps.</param>
/// <param name="Kept">Each member a record kept, with the record's type: why (ground, article) and until when.</param>
/// <param name="Tables">What the set-based erasure did in each table.</param>
public sealed record SubjectErasure(ErasureReport Evidence, IReadOnlyList<KeptMember> Kept, IReadOnlyList<SubjectErasureReport> Tables);
