"""What the succession types (dismissals, resignations, appointments, replacements) share about
posts: title stems, the hierarchy of posts, departures, merging retellings of one event."""
