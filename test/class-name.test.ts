import assert from 'node:assert/strict';
import { classNameForm } from '../server/routes/class-name.ts';

// One rule for a class's name, whether a class is created or copied for next term; each form says what it asks.
describe('classNameForm(name)', () => {
  const form = classNameForm('Give the new class a name.');
  const messages = (body: unknown) => {
    const parsed = form.safeParse(body);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  };

  it('accepts a name and trims the spaces around it', () => {
    assert.deepEqual(form.parse({ name: '  Year 9 autumn ' }), { name: 'Year 9 autumn' });
  });

  it('rejects an empty or missing name with the message the form was given', () => {
    assert.deepEqual(messages({ name: '   ' }), ['Give the new class a name.']);
    assert.deepEqual(messages({}), ['Give the new class a name.']);
  });

  it('rejects a name over 80 characters or holding a control character', () => {
    assert.deepEqual(messages({ name: 'x'.repeat(81) }), [
      'Keep the class name under 80 characters.',
    ]);
    assert.deepEqual(messages({ name: 'a\u0007b' }), [
      'The class name has characters that cannot be shown.',
    ]);
  });
});
