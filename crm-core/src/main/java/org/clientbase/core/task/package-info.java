/** Tasks with a responsible person, due time, priority and reminder. */
@ClientbaseStyle
package org.clientbase.core.task;

import org.clientbase.core.ClientbaseStyle;
