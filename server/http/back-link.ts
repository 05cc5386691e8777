/** Where an error page's button leads, so it matches what the message tells the reader to do. */
export function backLink(path: string): { href: string; text: string } {
  if (path === '/teacher' || path.startsWith('/teacher/'))
    return { href: '/teacher', text: 'Go to your classes and lessons' };
  if (path.startsWith('/play/') || path === '/class')
    return { href: '/class', text: 'Go to your class page' };
  return { href: '/', text: 'Go to the start page' };
}
