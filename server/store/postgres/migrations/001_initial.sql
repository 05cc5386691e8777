-- Byline's first PostgreSQL schema. Times are ISO 8601 text, exactly as the JSON file keeps them. The rules that must hold across several Byline processes live here,
-- in constraints, so no process can break them: one answer per (student, lesson, question), unique join
-- codes and student tokens, and a version per lesson for refusing stale saves.

-- One row: the secret cookies are signed with, and the teacher's password hash.
CREATE TABLE settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  secret text NOT NULL,
  teacher_password_hash text
);

-- Teacher sign-ins kept server-side, so signing out on one instance ends the session on all of them.
CREATE TABLE teacher_sessions (
  id_hash text PRIMARY KEY,
  expires_at text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

-- The fields the database needs to see are columns; everything else of a lesson (text, analysis, overrides,
-- questions, and fields added to Lesson later) is one jsonb document, so a new field needs no migration.
CREATE TABLE lessons (
  id text PRIMARY KEY,
  title text NOT NULL,
  published boolean NOT NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at text NOT NULL,
  updated_at text NOT NULL,
  body jsonb NOT NULL,
  -- Listing order: the order lessons were created in, as in the JSON file.
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE TABLE classes (
  id text PRIMARY KEY,
  name text NOT NULL,
  code text NOT NULL UNIQUE,
  lesson_ids text[] NOT NULL,
  closed boolean NOT NULL DEFAULT false,
  created_at text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE TABLE students (
  id text PRIMARY KEY,
  class_id text NOT NULL REFERENCES classes (id),
  name text NOT NULL,
  token text NOT NULL UNIQUE,
  joined_at text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX students_by_class ON students (class_id, seq);

-- lesson_id has no foreign key: an answer outlives any change to its lesson, as in the JSON file.
CREATE TABLE answers (
  id text PRIMARY KEY,
  class_id text NOT NULL,
  student_id text NOT NULL REFERENCES students (id),
  lesson_id text NOT NULL,
  question_id text NOT NULL,
  response text[] NOT NULL,
  correct boolean,
  answered_at text NOT NULL,
  -- The teacher's mark on an open answer ({verdict, comment, markedAt}), null until marked.
  mark jsonb,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  CONSTRAINT first_answer_wins UNIQUE (student_id, lesson_id, question_id)
);
CREATE INDEX answers_by_class ON answers (class_id, lesson_id);
CREATE INDEX answers_by_lesson ON answers (lesson_id);
